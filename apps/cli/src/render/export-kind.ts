import { buildExport, EXPORT_KIND_IDS, exportKind, exportKindsFor, type ExportKindId, type ModelResult } from "@repo/core";
import { stringify } from "yaml";
import { CliError } from "../io/cli-error";
import { renderCsv } from "./csv";
import { coreCsv } from "./report";

/** The export kinds `estimate --export` offers: core's list for the CLI (EXPORT_KINDS). */
export const CLI_EXPORT_KINDS: readonly ExportKindId[] = exportKindsFor("cli").map((kind) => kind.id);

/** Validates an `--export` value (exit 2 with the allowed values otherwise). */
export function parseExportKind(value: string): ExportKindId {
  if ((CLI_EXPORT_KINDS as readonly string[]).includes(value)) return value as ExportKindId;
  const known = (EXPORT_KIND_IDS as readonly string[]).includes(value) ? ` ("${value}" is not offered by the CLI)` : "";
  throw new CliError("INVALID_OPTION", `--export must be one of ${CLI_EXPORT_KINDS.join(", ")} (got "${value}")${known}`);
}

/**
 * One of core's export documents written as text: a CSV table escaped (core's csvCell, CRLF), JSON indented by 2,
 * the scenario as YAML. The face only writes what `buildExport` made.
 * @example renderExport(result, "scenario-yaml").startsWith("name:") //=> true
 */
export function renderExport(result: ModelResult, id: ExportKindId): string {
  const format = exportKind(id).format;
  if (format === "yaml") return stringify(buildExport(result, "scenario-yaml"));
  if (format === "json") return `${JSON.stringify(buildExport(result, id), null, 2)}\n`;
  const table = buildExport(result, id as "bill-csv" | "review-csv");
  return renderCsv({ title: "", sections: [], csv: coreCsv(table), json: null });
}
