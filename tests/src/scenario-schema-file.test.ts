import { readFileSync } from "node:fs";
import { parseScenario, scenarioJsonSchema } from "@repo/core";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { repoPath } from "./fixture-paths";

describe("documented scenario format", () => {
  it("examples/scenario.schema.json is the JSON Schema generated from the zod schema (regenerate with `costcalc schema`)", () => {
    const committed = JSON.parse(readFileSync(repoPath("examples/scenario.schema.json"), "utf8")) as unknown;
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it("the commented example file is a valid scenario with four services", () => {
    const scenario = parseScenario(parse(readFileSync(repoPath("examples/web-app.yaml"), "utf8")));
    expect(scenario.services.map((s) => s.name)).toEqual(["web", "api", "worker", "nightly-report"]);
  });

  it("the schema rejects unknown properties, as the parser does", () => {
    const schema = scenarioJsonSchema() as { additionalProperties?: boolean };
    expect(schema.additionalProperties).toBe(false);
  });
});
