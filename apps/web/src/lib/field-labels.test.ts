import { describe, expect, it } from "vitest";
import { fieldLabel } from "./field-labels";
import { messagesFor } from "./i18n";
import { SMALL_WEB_APP } from "./presets";

const rows = SMALL_WEB_APP.state.services; // web, api
const en = messagesFor("en");
const ja = messagesFor("ja");

describe("fieldLabel: errors name the field as the form labels it, with the service's name", () => {
  it.each([
    { field: "services[0].vcpu", t: en, expected: "vCPU (web)", why: "service fields: label + service name, not services[0]" },
    { field: "services[1].count", t: en, expected: `${en.taskCount} (api)`, why: "the second row is api (one-based for people)" },
    { field: "services[1].count", t: ja, expected: "タスク数 (api)", why: "the label in the current language" },
    {
      field: "services[0].scheduleA",
      t: en,
      expected: `${en.hoursPerMonth} (web)`,
      why: "an always-on row's first schedule field is hours per month",
    },
    { field: "natCount", t: ja, expected: ja.natCount, why: "a shared field: its own label" },
    { field: "general", t: en, expected: "general", why: "a field the form has no control for stays as named" },
  ])("$field → $expected ($why)", ({ field, t, expected }) => {
    expect(fieldLabel(field, rows, t)).toBe(expected);
  });

  it("a row without a name is called by its one-based number", () => {
    expect(fieldLabel("services[2].vcpu", [...rows, { ...rows[0], name: " " } as (typeof rows)[number]], en)).toBe(
      `vCPU (${en.services} 3)`,
    );
  });
});
