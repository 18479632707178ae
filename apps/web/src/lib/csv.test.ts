import { embeddedPriceBook, modelScenario, reviewCsv } from "@repo/core";
import { describe, expect, it } from "vitest";
import { csvDownloadText, csvField, writeCsv } from "./csv";
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

  it("the download starts with a UTF-8 byte order mark (Excel's cue for UTF-8), then the table", () => {
    const text = csvDownloadText({ columns: ["item"], rows: [["×12"]] });
    expect(text).toBe("\uFEFFitem\r\n×12\r\n");
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("the web's download is the core's reviewCsv: inputs first, one line per row", () => {
    const { input } = toScenario(SMALL_WEB_APP.state);
    const table = reviewCsv(modelScenario(input, embeddedPriceBook(), { scale: false }));
    const lines = writeCsv(table).split("\r\n");
    expect(lines[0]).toBe(table.columns.join(","));
    expect(lines[1]?.startsWith("input,")).toBe(true);
    expect(lines).toHaveLength(1 + table.rows.length + 1);
  });
});
