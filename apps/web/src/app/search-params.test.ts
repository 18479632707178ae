import { describe, expect, it } from "vitest";
import { PRESETS } from "../lib/presets";
import { calculatorUrlKeys, loadCalculatorState, migrateState, serializeCalculatorState, STATE_VERSION } from "./search-params";

describe("the URL is the calculator state", () => {
  it.each(PRESETS.map((preset) => ({ label: preset.id, preset })))("$label: serialize → load gives the same state back", ({ preset }) => {
    const state = { version: STATE_VERSION, locale: "ja" as const, ...preset.state };
    const query = serializeCalculatorState(state);
    expect(loadCalculatorState(new URLSearchParams(query))).toEqual(state);
  });

  it("share links carry the version and every key, even at defaults (v=2)", () => {
    const query = new URLSearchParams(serializeCalculatorState({ ...PRESETS[0]!.state, version: STATE_VERSION, locale: "en" }));
    expect(query.get("v")).toBe("2");
    expect([...query.keys()].sort()).toEqual(Object.values(calculatorUrlKeys).sort());
  });

  it("bad values in a link are kept as typed (shown beside the field), not replaced by defaults", () => {
    const state = loadCalculatorState(new URLSearchParams("r=mars-1&s=web;-3;abc;1;x86_64;linux;h730&nat=lots"));
    expect(state.region).toBe("mars-1");
    expect(state.natCount).toBe("lots");
    expect(state.services[0]).toMatchObject({ count: "-3", vcpu: "abc" });
  });

  it("a link from a newer version is flagged rather than silently misread", () => {
    const state = loadCalculatorState(new URLSearchParams("v=99"));
    expect(migrateState(state).warning).toBe("newer-version");
    expect(migrateState(loadCalculatorState(new URLSearchParams(""))).warning).toBeUndefined();
  });

  it("a v1 link: its Fargate placeholder choice (po) moves to ECS on Fargate, EC2 stays On-Demand", () => {
    const { state } = migrateState(loadCalculatorState(new URLSearchParams("v=1&po=savings-plan-1y-no-upfront&opsr=100")));
    expect(state).toMatchObject({ version: 2, purchaseOption: "on-demand", fargateEcsOption: "compute-savings-plan", opsRateUsdPerHour: "" });
  });
});
