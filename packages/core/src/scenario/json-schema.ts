import { z } from "zod";
import { ScenarioSchema } from "./scenario-schema";

/**
 * The JSON Schema of scenario files, generated from the zod schema (input side: defaults are
 * optional). Written to `scenario.schema.json` by the CLI's `schema` command and checked in tests.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
}
