import { describe, expect, it } from "vitest";
import { csvCell, neutraliseFormula } from "./csv-cell";

describe("CSV cells are neutralised as OWASP recommends (CSV injection)", () => {
  it.each([
    { label: "= formula", input: '=HYPERLINK("http://evil","x")', expected: `"'=HYPERLINK(""http://evil"",""x"")"` },
    { label: "+ formula", input: "+1+cmd", expected: `"'+1+cmd"` },
    { label: "- formula", input: "-2+3 cmd", expected: `"'-2+3 cmd"` },
    { label: "@ function", input: "@SUM(A1:A9)", expected: `"'@SUM(A1:A9)"` },
    { label: "leading tab", input: "\t=1", expected: `"'\t=1"` },
    { label: "leading CR", input: "\r=1", expected: `"'\r=1"` },
  ])("$label → prefixed with ' and quoted", ({ input, expected }) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    { label: "a negative decimal stays a number (diff deltas)", input: "-6.9496" },
    { label: "a signed positive decimal", input: "+12.5" },
    { label: "ordinary text", input: "web: Fargate vCPU" },
    { label: "an empty cell", input: "" },
  ])("$label is left as it is", ({ input }) => {
    expect(csvCell(input)).toBe(input);
  });

  it("RFC 4180 quoting still applies: comma, quote and line break", () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
  });

  it("a formula inside the text (not at the start) is harmless and unchanged", () => {
    expect(neutraliseFormula("x=1")).toBe("x=1");
  });
});
