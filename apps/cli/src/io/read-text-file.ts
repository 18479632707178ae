import { readFileSync } from "node:fs";
import { CliError } from "./cli-error";

/** Reads a UTF-8 file; an unreadable one is a one-line CliError FILE_NOT_READABLE (exit 2). */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new CliError("FILE_NOT_READABLE", `cannot read ${path}: ${reason}`);
  }
}
