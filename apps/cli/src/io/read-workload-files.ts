import type { WorkloadDocument } from "@repo/import";
import { extname } from "node:path";
import { parseAllDocuments } from "yaml";
import { CliError } from "./cli-error";
import { readTextFile } from "./read-text-file";

/**
 * Reads workload files for `import`: a .json file is one document; a YAML file may hold many
 * (`---`-separated, as `kubectl get -o yaml` and Helm output do). Syntax errors exit 2.
 */
export function readWorkloadFiles(paths: readonly string[]): WorkloadDocument[] {
  return paths.flatMap((path) => {
    const text = readTextFile(path);
    if (extname(path).toLowerCase() === ".json") {
      try {
        return [{ source: path, document: JSON.parse(text) as unknown }];
      } catch (error) {
        throw new CliError("MALFORMED_FILE", `${path} is not valid JSON: ${(error as Error).message.split("\n")[0] ?? ""}`);
      }
    }
    const documents = parseAllDocuments(text);
    const list = Array.isArray(documents) ? documents : [documents];
    return list.map((doc, index) => {
      const [first] = doc.errors;
      if (first) throw new CliError("MALFORMED_FILE", `${path} is not valid YAML (document ${index + 1}): ${first.message.split("\n")[0] ?? ""}`);
      return { source: list.length > 1 ? `${path}#${index + 1}` : path, document: doc.toJS() as unknown };
    });
  });
}
