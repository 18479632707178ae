import { readFileSync } from "node:fs";
import { join } from "node:path";
import { embeddedPriceBook, modelScenario, parseScenario, STARTER_SCENARIO } from "@repo/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SMALL_WEB_APP } from "./presets";
import { toScenario } from "./to-scenario";

const EXAMPLES = join(import.meta.dirname, "../../../../examples");
const yamlOf = (file: string) => parse(readFileSync(join(EXAMPLES, file), "utf8"));
const book = embeddedPriceBook();
const totals = (input: unknown) =>
  modelScenario(input, book, { scale: false }).patterns.map((p) => [p.descriptor.id, p.bill.monthlyUsd?.toFixed() ?? null]);

describe("one source of defaults: the web's default view and the CLI's starter are the same scenario (issue 20 item 6)", () => {
  const webDefault = toScenario(SMALL_WEB_APP.state).input;

  it("examples/starter.yaml is core's STARTER_SCENARIO (parsed the same, every default applied)", () => {
    expect(parseScenario(yamlOf("starter.yaml"))).toEqual(parseScenario(STARTER_SCENARIO));
  });

  it("the web's default form state models to the CLI starter's totals, to the last digit, in every pattern", () => {
    expect(totals(webDefault)).toEqual(totals(yamlOf("starter.yaml")));
  });

  it("the web's default ALB has LCUs and its NAT gateway data: the same as examples/web-app.yaml's extras", () => {
    const example = parseScenario(yamlOf("web-app.yaml")).extras;
    const web = parseScenario(webDefault).extras;
    expect(web.loadBalancers?.averageLcuPerHour).toBe(example.loadBalancers?.averageLcuPerHour);
    expect(web.loadBalancers?.count).toBe(example.loadBalancers?.count);
    expect(web.natGateways?.monthlyDataProcessedGb).toBe(example.natGateways?.monthlyDataProcessedGb);
    expect(web.natGateways?.count).toBe(example.natGateways?.count);
  });
});
