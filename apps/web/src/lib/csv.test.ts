import { embeddedPriceBook, modelScenario, toComparisonJson } from "@repo/core";
import { describe, expect, it } from "vitest";
import { comparisonTable, csvField, writeCsv } from "./csv";
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
    const json = toComparisonJson(modelScenario(input, embeddedPriceBook(), { scale: false }).comparison);
    const table = comparisonTable(json);
    const lineCount = json.patterns.reduce((n, p) => n + p.lines.length, 0);
    expect(table.rows).toHaveLength(lineCount + json.patterns.length);
    const at = (name: string) => table.columns.indexOf(name);
    const totals = table.rows.filter((row) => row[at("line_id")] === "total").map((row) => row[at("monthly_usd")]);
    expect(totals).toEqual(json.patterns.map((p) => p.monthlyUsd));
    expect(writeCsv(table).split("\r\n")).toHaveLength(1 + table.rows.length + 1);
  });
});
