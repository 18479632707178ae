import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JSON_OUTPUT_KINDS } from "./json-output-kinds";
import { JSON_OUTPUT_SCHEMAS, jsonOutputSchema, type JsonOutputKind } from "./json-output-schemas";

const repoFile = (path: string): string => readFileSync(fileURLToPath(new URL(`../../../../${path}`, import.meta.url)), "utf8");

describe("JSON output schemas", () => {
  it("are keyed by JSON_OUTPUT_KINDS in its order (the help text of `schema --output` lists the kinds without building the schemas)", () => {
    expect(Object.keys(JSON_OUTPUT_SCHEMAS)).toEqual(["estimate", "compare", "diff", "portfolio", "import"]);
    expect(JSON_OUTPUT_KINDS).toEqual(Object.keys(JSON_OUTPUT_SCHEMAS));
  });

  it.each([
    { kind: "estimate", golden: "formats-estimate/expected.json" },
    { kind: "compare", golden: "compare-x86-vs-arm/expected.json" },
    { kind: "diff", golden: "diff-scale-up/expected.json" },
    { kind: "portfolio", golden: "portfolio-teams/expected.json" },
    { kind: "import", golden: "import-workloads/expected.json" },
    { kind: "compare", golden: "compare-jpy/expected.json" },
    { kind: "diff", golden: "diff-jpy/expected.json" },
    { kind: "portfolio", golden: "portfolio-jpy/expected.json" },
  ] as const)("the $kind golden output conforms to its schema (closed schemas catch any undocumented field)", ({ kind, golden }) => {
    const result = JSON_OUTPUT_SCHEMAS[kind].safeParse(JSON.parse(repoFile(`tests/golden/${golden}`)));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(Object.keys(JSON_OUTPUT_SCHEMAS) as JsonOutputKind[])(
    "docs/json-schema/%s-output.schema.json is the generated schema (regenerate with costcalc schema --output)",
    (kind) => {
      expect(JSON.parse(repoFile(`docs/json-schema/${kind}-output.schema.json`))).toEqual(jsonOutputSchema(kind));
    },
  );

  it("rejects a document with an undocumented field or a float amount", () => {
    const doc = JSON.parse(repoFile("tests/golden/diff-scale-up/expected.json")) as {
      patterns: { deltaMonthlyUsd: unknown }[];
      extra?: number;
    };
    expect(JSON_OUTPUT_SCHEMAS.diff.safeParse({ ...doc, extra: 1 }).success).toBe(false);
    const first = doc.patterns[0];
    if (first) first.deltaMonthlyUsd = 73.14;
    expect(JSON_OUTPUT_SCHEMAS.diff.safeParse(doc).success).toBe(false);
  });
});
