/**
 * The commands whose `--format json` output has a JSON Schema (`costcalc schema --output <kind>`), in the
 * help text's order. The schemas themselves (json-output-schemas.ts, keyed by these, the compiler checks)
 * are built only when `costcalc schema` runs.
 */
export const JSON_OUTPUT_KINDS = ["estimate", "compare", "diff", "portfolio", "import"] as const;
export type JsonOutputKind = (typeof JSON_OUTPUT_KINDS)[number];
