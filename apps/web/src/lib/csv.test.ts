import { embeddedPriceBook, estimateScenario, toComparisonJson } from "@repo/core";
import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";
import { SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";

describe("CSV export", () => {
  it.each([
    { label: "plain text unquoted", value: "web", expected: "web" },
    { label: "a comma is quoted (RFC 4180)", value: "1 ALB(s), 730 h", expected: '"1 ALB(s), 730 h"' },
    { label: "a quote is doubled inside quotes", value: 'say "hi"', expected: '"say ""hi"""' },
  ])("$label", ({ value, expected }) => {
    expect(csvField(value)).toBe(expected);
  });

  it("one row per cost line plus one total per pattern, exact amounts equal to the JSON export", () => {
    const { input } = toScenario(SMALL_WEB_APP.state);
    const json = toComparisonJson(estimateScenario(input, embeddedPriceBook()));
    const rows = toCsv(json).trimEnd().split("\r\n");
    const lineCount = json.patterns.reduce((n, p) => n + p.lines.length, 0);
    expect(rows).toHaveLength(1 + lineCount + json.patterns.length);
    const totals = rows.filter((row) => row.split(",")[2] === "total").map((row) => row.split(",")[9]);
    expect(totals).toEqual(json.patterns.map((p) => p.monthlyUsd));
  });
});
