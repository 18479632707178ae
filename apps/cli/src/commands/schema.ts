import { scenarioJsonSchema } from "@repo/core";
import type { Command } from "commander";

/** `costcalc schema` prints the scenario JSON Schema (generated from the zod schema). */
export function registerSchema(program: Command, write: (text: string) => void): void {
  program
    .command("schema")
    .description("print the JSON Schema of scenario files")
    .action(() => write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`));
}
