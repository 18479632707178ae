import { isCoreError } from "@repo/core";
import { oneLine } from "../render/safe-text";
import { EXIT_BAD_INPUT, EXIT_FAILURE } from "./exit-codes";

/** An error the CLI itself raises about its input (file not found, bad YAML, bad flag). */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT_BAD_INPUT,
  ) {
    super(`[cli] ${code}: ${message}`);
    this.name = "CliError";
  }
}

/**
 * One line for stderr and the exit code for any thrown value; never a stack trace for user errors.
 * User text inside a message (a service name, a file's value) cannot break the line or drive the terminal.
 */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: oneLine(error.message), exitCode: error.exitCode };
  if (isCoreError(error)) return { message: oneLine(error.message), exitCode: EXIT_BAD_INPUT };
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { message: `[cli] INTERNAL_ERROR: ${message}`, exitCode: EXIT_FAILURE };
}
