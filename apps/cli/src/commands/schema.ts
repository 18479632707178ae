import { scenarioJsonSchema } from "@repo/core";
import type { Command } from "commander";
import { CliError } from "../io/cli-error";
import { JSON_OUTPUT_SCHEMAS, jsonOutputSchema, type JsonOutputKind } from "../render/json-output-schemas";

const OUTPUT_KINDS = Object.keys(JSON_OUTPUT_SCHEMAS) as JsonOutputKind[];

/**
 * `costcalc schema` prints the scenario JSON Schema (generated from the zod schema);
 * `costcalc schema --output <command>` prints the JSON Schema of that command's `--format json` output.
 */
export function registerSchema(program: Command, write: (text: string) => void): void {
  program
    .command("schema")
    .description("print the JSON Schema of scenario files (or, with --output, of a command's JSON output)")
    .option("-o, --output <command>", `JSON output schema of: ${OUTPUT_KINDS.join(", ")}`)
    .action((options: { output?: string }) => {
      if (options.output === undefined) return write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
      if (!(OUTPUT_KINDS as string[]).includes(options.output)) {
        throw new CliError("INVALID_OPTION", `--output must be one of ${OUTPUT_KINDS.join(", ")} (got "${options.output}")`);
      }
      write(`${JSON.stringify(jsonOutputSchema(options.output as JsonOutputKind), null, 2)}\n`);
    });
}
