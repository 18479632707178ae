import type { WorkloadDocument } from "@repo/import";
import { extname } from "node:path";
import { parseAllDocuments } from "yaml";
import { CliError } from "./cli-error";
import { checkDocumentText, DOCUMENT_LIMITS, malformed } from "./document-limits";
import { readTextFile } from "./read-text-file";

/** At most this many documents across the files of one import (each becomes at most one service). */
const MAX_DOCUMENTS = 5000;

/**
 * Reads workload files for `import`: a .json file is one document; a YAML file may hold many
 * (`---`-separated, as `kubectl get -o yaml` and Helm output do). Syntax errors, alias bombs and
 * oversized or too deeply nested files exit 2 with one line, as `estimate` does.
 */
export function readWorkloadFiles(paths: readonly string[]): WorkloadDocument[] {
  const documents = paths.flatMap((path) => {
    const text = readTextFile(path);
    checkDocumentText(text, path);
    if (extname(path).toLowerCase() === ".json") {
      try {
        return [{ source: path, document: JSON.parse(text) as unknown }];
      } catch (error) {
        throw malformed(path, "JSON", error);
      }
    }
    let list: ReturnType<typeof parseAllDocuments>;
    try {
      list = parseAllDocuments(text);
    } catch (error) {
      throw malformed(path, "YAML", error);
    }
    const docs = Array.isArray(list) ? list : [list];
    return docs.map((doc, index) => {
      const where = ` (document ${index + 1})`;
      const [first] = doc.errors;
      if (first) throw malformed(path, "YAML", first, where);
      try {
        return {
          source: docs.length > 1 ? `${path}#${index + 1}` : path,
          document: doc.toJS({ maxAliasCount: DOCUMENT_LIMITS.maxAliasCount }) as unknown,
        };
      } catch (error) {
        throw malformed(path, "YAML", error, where);
      }
    });
  });
  if (documents.length > MAX_DOCUMENTS)
    throw new CliError("FILE_TOO_LARGE", `${documents.length} documents to import, more than the ${MAX_DOCUMENTS} allowed`);
  return documents;
}
