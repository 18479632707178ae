import { describe, expect, it } from "vitest";
import { PRESETS } from "../lib/presets";
import { calculatorUrlKeys, loadCalculatorState, migrateState, serializeCalculatorState, STATE_VERSION } from "./search-params";

describe("the URL is the calculator state", () => {
  it.each(PRESETS.map((preset) => ({ label: preset.id, preset })))("$label: serialize → load gives the same state back", ({ preset }) => {
    const state = { version: STATE_VERSION, locale: "ja" as const, managedPatterns: "show" as const, ...preset.state };
    const query = serializeCalculatorState(state);
    expect(loadCalculatorState(new URLSearchParams(query))).toEqual(state);
  });

  it("share links carry the version and every key, even at defaults (v=3)", () => {
    const query = new URLSearchParams(
      serializeCalculatorState({ ...PRESETS[0]!.state, version: STATE_VERSION, locale: "en", managedPatterns: "show" }),
    );
    expect(query.get("v")).toBe("3");
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
    expect(state).toMatchObject({
      version: 3,
      purchaseOption: "on-demand",
      fargateEcsOption: "compute-savings-plan",
      opsRateUsdPerHour: "",
    });
  });

  // Real v2 share links, as the v2 build serialized them (its serializeCalculatorState output, copied verbatim).
  const V2_SMALL_WEB_APP =
    "?v=2&l=en&r=us-east-1&s=web;2;0.5;1;x86_64;linux;h730,api;2;1;2;x86_64;linux;h730&alb=1&lcu=&nat=1&natgb=100&eks=1&tier=standard&it=&nodes=&ebs=30&hr=0&az=1&minn=1&po=on-demand&pot=1&pop=no-upfront&fpe=on-demand&fpk=on-demand&fpt=1&fpp=no-upfront&opsl=typical&opsr=&env=&upg=&join=1&oph=;2;;;;;5;;;;;;;;;;;;;;;;;1.5&ds=no&priv=no&spot=none&fx=";
  const V2_PRIVILEGED =
    "?v=2&l=ja&r=us-east-1&s=gateway;6;1;2;x86_64;linux;h730&alb=2&lcu=&nat=2&natgb=500&eks=1&tier=standard&it=&nodes=&ebs=30&hr=0&az=1&minn=1&po=on-demand&pot=1&pop=no-upfront&fpe=on-demand&fpk=on-demand&fpt=1&fpp=no-upfront&opsl=typical&opsr=&env=&upg=&join=1&oph=;;;;;;;;;;;;abc;;;;;;-1&ds=no&priv=yes&spot=none&fx=";

  it("a real v2 link: its positional ops hours become pattern-keyed cells, everything else as it was", () => {
    const loaded = loadCalculatorState(new URLSearchParams(V2_SMALL_WEB_APP));
    const { state, warning } = migrateState(loaded);
    expect(warning).toBeUndefined();
    // v2 position 1 = ECS/Fargate add-on lifecycle, 6 = ECS/EC2 orchestrator upgrades, 23 = EKS/EC2 access & security
    expect(state.opsActivityHours).toBe("ecs-fargate.add-on-lifecycle:2,ecs-ec2.orchestrator-upgrades:5,eks-ec2.access-security:1.5");
    expect(state).toEqual({ ...loaded, version: 3, opsActivityHours: state.opsActivityHours });
  });

  it("a real v2 link with bad hours keeps them as typed, so the form shows them beside the right cell", () => {
    const { state } = migrateState(loadCalculatorState(new URLSearchParams(V2_PRIVILEGED)));
    expect(state).toMatchObject({
      version: 3,
      locale: "ja",
      workloadPrivileged: "yes",
      opsActivityHours: "eks-fargate.orchestrator-upgrades:abc,eks-ec2.orchestrator-upgrades:-1",
    });
    // migrated once, the link is v3: loading its serialization again changes nothing
    expect(migrateState(loadCalculatorState(new URLSearchParams(serializeCalculatorState(state)))).state).toEqual(state);
  });

  it("a v1 link goes through both steps (v1 → v2 → v3)", () => {
    const { state } = migrateState(loadCalculatorState(new URLSearchParams("v=1&po=spot&oph=;;7")));
    expect(state).toMatchObject({
      version: 3,
      fargateEcsOption: "spot",
      purchaseOption: "on-demand",
      opsActivityHours: "ecs-fargate.host-patching:7",
    });
  });
});
