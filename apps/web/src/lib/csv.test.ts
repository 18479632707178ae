import { comparisonCsv, embeddedPriceBook, modelScenario } from "@repo/core";
import { describe, expect, it } from "vitest";
import { csvField, writeCsv } from "./csv";
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

  it("writes the core's table as it is: a header line, one line per row, CRLF", () => {
    expect(
      writeCsv({
        columns: ["a", "b"],
        rows: [
          ["1", "x,y"],
          ["2", ""],
        ],
      }),
    ).toBe('a,b\r\n1,"x,y"\r\n2,\r\n');
  });

  it("the web's download is the core's comparisonCsv (the CLI's estimate CSV rows), one line per cost line", () => {
    const { input } = toScenario(SMALL_WEB_APP.state);
    const table = comparisonCsv(modelScenario(input, embeddedPriceBook(), { scale: false }).comparison);
    const lines = writeCsv(table).split("\r\n");
    expect(lines[0]).toBe(table.columns.join(","));
    expect(lines).toHaveLength(1 + table.rows.length + 1);
  });
});
