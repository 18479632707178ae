import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { checkDocumentText, DOCUMENT_LIMITS, malformed } from "./document-limits";
import { readTextFile } from "./read-text-file";

/**
 * Reads a scenario file (.yaml, .yml or .json) into an unvalidated value; the core validates it.
 * Unreadable, oversized or too deeply nested files, alias bombs and syntax errors become one-line
 * CliErrors (exit code 2).
 */
export function readScenarioFile(path: string): unknown {
  const text = readTextFile(path);
  checkDocumentText(text, path);
  const isJson = extname(path).toLowerCase() === ".json";
  try {
    return isJson
      ? (JSON.parse(text) as unknown)
      : (parseYaml(text, { prettyErrors: true, maxAliasCount: DOCUMENT_LIMITS.maxAliasCount }) as unknown);
  } catch (error) {
    throw malformed(path, isJson ? "JSON" : "YAML", error);
  }
}
