import type { Command } from "commander";
import { JSON_OUTPUT_KINDS } from "../render/json-output-kinds";

/**
 * `costcalc schema` prints the scenario JSON Schema (generated from the zod schema);
 * `costcalc schema --output <command>` prints the JSON Schema of that command's `--format json` output
 * (schema-run.ts, loaded only when it runs).
 */
export function registerSchema(program: Command, write: (text: string) => void): void {
  program
    .command("schema")
    .description("print the JSON Schema of scenario files (or, with --output, of a command's JSON output)")
    .option("-o, --output <command>", `JSON output schema of: ${JSON_OUTPUT_KINDS.join(", ")}`)
    .action(async (options: { output?: string }) => {
      const { runSchema } = await import("./schema-run");
      write(runSchema(options));
    });
}
