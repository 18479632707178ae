import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { CliError } from "./cli-error";
import { readTextFile } from "./read-text-file";

/**
 * Reads a scenario file (.yaml, .yml or .json) into an unvalidated value; the core validates it.
 * Unreadable files and syntax errors become one-line CliErrors (exit code 2).
 */
export function readScenarioFile(path: string): unknown {
  const text = readTextFile(path);
  const isJson = extname(path).toLowerCase() === ".json";
  try {
    return isJson ? (JSON.parse(text) as unknown) : (parseYaml(text, { prettyErrors: true }) as unknown);
  } catch (error) {
    const firstLine = (error as Error).message.split("\n")[0] ?? "syntax error";
    throw new CliError("MALFORMED_FILE", `${path} is not valid ${isJson ? "JSON" : "YAML"}: ${firstLine}`);
  }
}
