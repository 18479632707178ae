import { describe, expect, it } from "vitest";
import { formFieldOf, GENERAL_FIELD } from "./field-errors";

describe("core field paths → form fields", () => {
  it.each([
    { label: "task count is the Tasks cell", path: "services[2].taskCount", field: "services[2].count" },
    { label: "architecture is the arch select", path: "services[0].architecture", field: "services[0].arch" },
    { label: "runs per day is the first schedule cell", path: "services[1].schedule.runsPerDay", field: "services[1].scheduleA" },
    { label: "duration is the seconds-per-run cell", path: "services[1].schedule.durationSeconds", field: "services[1].scheduleB" },
    { label: "a whole-service error lands on its name", path: "services[3]", field: "services[3].name" },
    { label: "NAT count is a shared extra", path: "extras.natGateways.count", field: "natCount" },
    { label: "EC2 instance type", path: "ec2.instanceType", field: "instanceType" },
    { label: "unknown paths go to the summary, never dropped", path: "somethingNew", field: GENERAL_FIELD },
  ])("$label: $path → $field", ({ path, field }) => {
    expect(formFieldOf(path)).toBe(field);
  });
});
