import type { CsvTable, Decimal, ReportingCurrency } from "@repo/core";

/**
 * The format-neutral shape every command builds: titled tables of typed cells plus the JSON
 * document. One dispatcher (`format.ts`) turns it into table, Markdown or CSV text, so a new line
 * or pattern in the core data appears in every format without renderer changes.
 */
/** `lowerBound`: the amount is a lower bound (rates missing) — shown "≥ $X"; a delta from one is shown "$X (lower bound)". */
export type UsdCell = { usd: Decimal | null; signed?: boolean; lowerBound?: boolean };
export type QuantityCell = { quantity: Decimal };
export type Cell = string | UsdCell | QuantityCell;

export type ReportColumn = { header: string; align?: "left" | "right" };

export type ReportTable = {
  /** Heading above the table (Markdown `###`, text `== …`). */
  title?: string;
  columns: readonly ReportColumn[];
  rows: readonly (readonly Cell[])[];
  /** Sentences shown under the table (missing rates, notes, reasons). */
  notes?: readonly string[];
};

export type Report = {
  title: string;
  /** Lines under the title (price snapshot, region, files). */
  subtitle?: readonly string[];
  sections: readonly ReportTable[];
  /** The one flat table for spreadsheets (CSV has no sections). */
  csv: ReportTable;
  /** The stable JSON document (see docs/cli-json.md and `costcalc schema --output`). */
  json: unknown;
  /** Money cells are USD model figures shown in this currency (omitted = USD). CSV keeps exact amounts. */
  reporting?: ReportingCurrency;
};

export const usd = (value: Decimal | null, signed = false, lowerBound = false): UsdCell => ({
  usd: value,
  ...(signed ? { signed } : {}),
  ...(lowerBound && value !== null ? { lowerBound } : {}),
});
export const quantity = (value: Decimal): QuantityCell => ({ quantity: value });

/** A core export table (compareCsv, diffCsv, portfolioCsv, comparisonCsv) as the report's CSV: the face only escapes and joins it. */
export const coreCsv = (table: CsvTable): ReportTable => ({ columns: table.columns.map((header) => ({ header })), rows: table.rows });
