import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { CliError } from "./cli-error";

/**
 * Reads a scenario file (.yaml, .yml or .json) into an unvalidated value; the core validates it.
 * Unreadable files and syntax errors become one-line CliErrors (exit code 2).
 */
export function readScenarioFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new CliError("FILE_NOT_READABLE", `cannot read ${path}: ${reason}`);
  }
  const isJson = extname(path).toLowerCase() === ".json";
  try {
    return isJson ? (JSON.parse(text) as unknown) : (parseYaml(text, { prettyErrors: true }) as unknown);
  } catch (error) {
    const firstLine = (error as Error).message.split("\n")[0] ?? "syntax error";
    throw new CliError("MALFORMED_FILE", `${path} is not valid ${isJson ? "JSON" : "YAML"}: ${firstLine}`);
  }
}
