import type { ModelResult } from "../model/model-scenario";
import { toModelJson } from "./model-json";

/** Marks a JSON export that carries its own inputs (`costcalc estimate exported.json` reads `input`). */
export const EXPORT_FORMAT = "costcalc-export/1";

/**
 * The web's JSON download: the one model JSON (what `costcalc estimate --format json` prints) plus
 * the scenario it was computed from, as core parsed it (every default filled in), so the file is
 * its own input: `costcalc estimate exported.json` prices `input` again and prints the same numbers.
 * @example toExportJson(result).input.region //=> "us-east-1"
 */
export function toExportJson(result: ModelResult) {
  return { format: EXPORT_FORMAT, input: result.scenario, ...toModelJson(result) };
}
export type ExportJson = ReturnType<typeof toExportJson>;

/**
 * A scenario document as read from a file: an export (`format` = EXPORT_FORMAT) stands for its
 * `input`; anything else is returned unchanged for the scenario schema to validate.
 * @example scenarioOfDocument({ format: "costcalc-export/1", input: { region: "eu-west-1" }, patterns: [] }) //=> { region: "eu-west-1" }
 */
export function scenarioOfDocument(document: unknown): unknown {
  if (document === null || typeof document !== "object" || Array.isArray(document)) return document;
  const record = document as Record<string, unknown>;
  return record.format === EXPORT_FORMAT && "input" in record ? record.input : document;
}
