import type { ModelResult } from "../model/model-scenario";
import { comparisonCsv, type CsvTable } from "./comparison-csv";
import type { Scenario } from "../scenario/scenario-schema";
import { toExportJson, type ExportJson } from "./export-json";
import { toModelJson, type ModelJson } from "./model-json";
import { reviewCsv } from "./review-csv";

/** The faces that write exports: the CLI (`costcalc estimate --export <id>`) and the web toolbar. */
export type ExportFace = "cli" | "web";

/**
 * Every export kind of one model result, declared once: what it holds, how a face writes it (CSV rows are escaped
 * with `csvCell`, JSON is `JSON.stringify(…, null, 2)`, YAML is the scenario stringified) and which faces offer it.
 * A face lists its exports from here; `buildExport` makes the document, so no face assembles one.
 */
export const EXPORT_KINDS = [
  {
    id: "bill-csv",
    format: "csv",
    mediaType: "text/csv;charset=utf-8",
    fileStem: "container-costs-bill",
    what: "the bills: one row per cost line, exact amounts (comparisonCsv; estimate --format csv)",
    faces: ["cli"],
  },
  {
    id: "review-csv",
    format: "csv",
    mediaType: "text/csv;charset=utf-8",
    fileStem: "container-costs",
    what: "the budget review: inputs, recommendation, lines, AWS total, ops and TCO per band (reviewCsv)",
    faces: ["cli", "web"],
  },
  {
    id: "model-json",
    format: "json",
    mediaType: "application/json",
    fileStem: "container-costs-model",
    what: "the model result (toModelJson; estimate --format json)",
    faces: ["cli"],
  },
  {
    id: "export-json",
    format: "json",
    mediaType: "application/json",
    fileStem: "container-costs",
    what: "the model result plus its own input: `costcalc estimate` re-prices the file (toExportJson)",
    faces: ["cli", "web"],
  },
  {
    id: "scenario-yaml",
    format: "yaml",
    mediaType: "application/yaml",
    fileStem: "scenario",
    what: "the scenario as core parsed it, every default filled in (a scenario file)",
    faces: ["cli", "web"],
  },
] as const satisfies readonly {
  id: string;
  format: "csv" | "json" | "yaml";
  mediaType: string;
  fileStem: string;
  what: string;
  faces: readonly ExportFace[];
}[];
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportKindId = ExportKind["id"];
export const EXPORT_KIND_IDS = EXPORT_KINDS.map((kind) => kind.id);

/** The kinds a face offers, in EXPORT_KINDS order. @example exportKindsFor("web").map((k) => k.id) //=> ["review-csv", "export-json", "scenario-yaml"] */
export function exportKindsFor<F extends ExportFace>(face: F): ExportKindFor<F>[] {
  return EXPORT_KINDS.filter((kind) => (kind.faces as readonly ExportFace[]).includes(face)) as ExportKindFor<F>[];
}

/** The kinds whose `faces` include `F`, as a type: a face keys its writers by `ExportKindFor<"web">["id"]`, so the compiler asks for each. */
export type ExportKindFor<F extends ExportFace> = ExportKind extends infer K
  ? K extends { faces: readonly (infer Face)[] }
    ? F extends Face
      ? K
      : never
    : never
  : never;

/** One kind's descriptor. @example exportKind("review-csv").mediaType //=> "text/csv;charset=utf-8" */
export function exportKind(id: ExportKindId): ExportKind {
  return EXPORT_KINDS.find((kind) => kind.id === id) as ExportKind;
}

/** A file name for a kind: `<stem>-<stamp>.<format>`. @example exportFileName("scenario-yaml", "us-east-1-2026-01-05") //=> "scenario-us-east-1-2026-01-05.yaml" */
export function exportFileName(id: ExportKindId, stamp: string): string {
  const kind = exportKind(id);
  return `${kind.fileStem}-${stamp}.${kind.format}`;
}

/** What each kind's document is. */
export type ExportDocuments = {
  "bill-csv": CsvTable;
  "review-csv": CsvTable;
  "model-json": ModelJson;
  "export-json": ExportJson;
  "scenario-yaml": Scenario;
};

/**
 * The document of one export kind for a model result: a CSV table (faces only escape it), a JSON object (faces only
 * stringify it) or the scenario object (faces only write it as YAML).
 * @example buildExport(result, "review-csv").columns[0] //=> "section"
 */
export function buildExport<K extends ExportKindId>(result: ModelResult, id: K): ExportDocuments[K] {
  const builders: { [Id in ExportKindId]: (r: ModelResult) => ExportDocuments[Id] } = {
    "bill-csv": (r) => comparisonCsv(r.comparison),
    "review-csv": reviewCsv,
    "model-json": toModelJson,
    "export-json": toExportJson,
    "scenario-yaml": (r) => r.scenario,
  };
  return builders[id](result);
}
