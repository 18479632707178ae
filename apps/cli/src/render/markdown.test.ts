import { Decimal } from "@repo/core";
import { describe, expect, it } from "vitest";
import { renderCsv, csvField } from "./csv";
import { renderMarkdown } from "./markdown";
import { quantity, usd, type Report } from "./report";

const report: Report = {
  title: "Budget",
  subtitle: ["prices: test"],
  sections: [
    {
      title: "Lines",
      columns: [{ header: "Line" }, { header: "Monthly", align: "right" }],
      rows: [
        ["a | b", usd(new Decimal("1234.565"))],
        ["c", usd(null)],
      ],
      notes: ["note one"],
    },
  ],
  csv: {
    columns: [{ header: "line" }, { header: "monthlyUsd" }, { header: "qty" }],
    rows: [['a, "b"', usd(new Decimal("1234.565")), quantity(new Decimal("20.27777"))]],
  },
  json: {},
};

describe("renderMarkdown", () => {
  it("escapes pipes, right-aligns money columns, rounds to cents half-up for display, shows — for no value", () => {
    expect(renderMarkdown(report)).toBe(
      [
        "## Budget",
        "",
        "_prices: test_",
        "",
        "### Lines",
        "",
        "| Line | Monthly |",
        "| --- | ---: |",
        "| a \\| b | $1,234.57 |",
        "| c | — |",
        "",
        "- note one",
        "",
      ].join("\n"),
    );
  });
});

describe("renderCsv", () => {
  it("quotes fields with commas/quotes (RFC 4180), CRLF line ends, exact unrounded amounts", () => {
    expect(renderCsv(report)).toBe('line,monthlyUsd,qty\r\n"a, ""b""",1234.565,20.27777\r\n');
  });

  it.each([
    { label: "plain text stays bare", text: "web", expected: "web" },
    { label: "a line break forces quotes", text: "a\nb", expected: '"a\nb"' },
  ])("$label", ({ text, expected }) => expect(csvField(text)).toBe(expected));
});
