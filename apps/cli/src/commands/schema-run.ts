import { scenarioJsonSchema } from "@repo/core";
import { CliError } from "../io/cli-error";
import { JSON_OUTPUT_KINDS, type JsonOutputKind } from "../render/json-output-kinds";
import { jsonOutputSchema } from "../render/json-output-schemas";

/** `costcalc schema [--output <kind>]` → the JSON Schema text (the zod schemas are built only here). */
export function runSchema(options: { output?: string }): string {
  if (options.output === undefined) return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  if (!(JSON_OUTPUT_KINDS as readonly string[]).includes(options.output)) {
    throw new CliError("INVALID_OPTION", `--output must be one of ${JSON_OUTPUT_KINDS.join(", ")} (got "${options.output}")`);
  }
  return `${JSON.stringify(jsonOutputSchema(options.output as JsonOutputKind), null, 2)}\n`;
}
