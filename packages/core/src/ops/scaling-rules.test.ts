import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMessage } from "../messages/english";
import type { Message } from "../messages/message";
import { PATTERN_IDS, type PatternId } from "../patterns/pattern";
import { OPS_ACTIVITY_IDS, OpsSchema } from "../scenario/ops-schema";
import { band, bandText } from "./bands";
import type { OpsDrivers } from "./drivers";
import { patternActivities, totalHours, type OpsSettings } from "./pattern-ops";
import { applyScalingRules } from "./scaling-rules";
import { opsSettingsFrom } from "./ops-settings";

const defaults = OpsSchema.parse({});
const settings: OpsSettings = opsSettingsFrom(defaults, "upgrade");
const drivers = (over: Partial<OpsDrivers> = {}): OpsDrivers => ({ environments: 1, services: 10, nodes: 10, nodeGroups: 1, ...over });

describe("scaling rules (ops-effort.md §3.1)", () => {
  it.each([
    { label: "one cluster, small fleet: unchanged", pattern: "ecs-ec2", id: "host-patching", d: drivers(), expected: "1 / 3 / 8" },
    // × (1 + 2 × 0.25/0.40/0.60): 1×1.5, 3×1.8, 8×2.2
    {
      label: "3 environments multiply by 1 + 2 × share",
      pattern: "ecs-ec2",
      id: "host-patching",
      d: drivers({ environments: 3 }),
      expected: "1.5 / 5.4 / 17.6",
    },
    // + 0.25/0.5/1 h × (75 − 25) ÷ 25 = + 0.5 / 1 / 2
    { label: "75 nodes add 2 blocks of 25", pattern: "ecs-ec2", id: "host-patching", d: drivers({ nodes: 75 }), expected: "1.5 / 4 / 10" },
    {
      label: "nodes also drive capacity & scaling",
      pattern: "eks-ec2",
      id: "capacity-scaling",
      d: drivers({ nodes: 50 }),
      expected: "1.25 / 4.5 / 11",
    },
    { label: "nodes do not drive incidents", pattern: "eks-ec2", id: "incidents", d: drivers({ nodes: 500 }), expected: "2 / 6 / 20" },
    {
      label: "Fargate patterns have no node terms",
      pattern: "ecs-fargate",
      id: "host-patching",
      d: drivers({ nodes: 500, nodeGroups: 3 }),
      expected: "0 / 0.5 / 2",
    },
    // + 1/2/3 h per AMI family beyond the first
    {
      label: "a second AMI family adds one rollout",
      pattern: "eks-ec2",
      id: "host-patching",
      d: drivers({ nodeGroups: 2 }),
      expected: "2 / 6 / 13",
    },
    // × (1 + 0.05/0.10/0.15 × (50 − 30) ÷ 10) = × 1.1 / 1.2 / 1.3
    {
      label: "50 services raise incidents by 2 steps",
      pattern: "ecs-fargate",
      id: "incidents",
      d: drivers({ services: 50 }),
      expected: "0.55 / 1.8 / 5.2",
    },
  ] as const)("$label → $expected", ({ pattern, id, d, expected }) => {
    const base = patternActivities(pattern, drivers(), settings).find((a) => a.id === id)!.hours;
    expect(bandText(applyScalingRules(pattern, id, base, d, settings, []))).toBe(expected);
  });

  it("every applied rule is stated in words with its source", () => {
    const rules: Message[] = [];
    applyScalingRules(
      "eks-ec2",
      "host-patching",
      band("1", "4", "10"),
      drivers({ environments: 2, nodes: 60, nodeGroups: 2 }),
      settings,
      rules,
    );
    expect(rules).toHaveLength(3);
    expect(rules.map((rule) => rule.code)).toEqual(["OPS_RULE_CLUSTERS", "OPS_RULE_NODES", "OPS_RULE_NODE_GROUPS"]);
    expect(rules.map(renderMessage).join(" ")).toMatch(/§3\.1.*F15–F16.*derivation 3/s);
  });
});

describe("properties: effort never falls when a driver grows", () => {
  const driverArb = fc.record({
    environments: fc.integer({ min: 1, max: 20 }),
    services: fc.integer({ min: 1, max: 200 }),
    nodes: fc.integer({ min: 0, max: 2000 }),
    nodeGroups: fc.integer({ min: 1, max: 6 }),
  });
  const patternArb = fc.constantFrom<PatternId>(...PATTERN_IDS);
  const keys = ["environments", "services", "nodes", "nodeGroups"] as const;

  it("more nodes never mean fewer host-patching hours (or fewer total hours), at every band", () => {
    fc.assert(
      fc.property(patternArb, driverArb, fc.integer({ min: 1, max: 500 }), (pattern, d, more) => {
        const before = patternActivities(pattern, d, settings);
        const after = patternActivities(pattern, { ...d, nodes: d.nodes + more }, settings);
        for (const level of ["low", "typical", "high"] as const) {
          const host = (list: typeof before) => list.find((a) => a.id === "host-patching")!.hours[level];
          expect(host(after).greaterThanOrEqualTo(host(before))).toBe(true);
          expect(totalHours(after)[level].greaterThanOrEqualTo(totalHours(before)[level])).toBe(true);
        }
      }),
    );
  });

  it("no activity's hours fall when any driver grows", () => {
    fc.assert(
      fc.property(patternArb, driverArb, fc.constantFrom(...keys), fc.integer({ min: 1, max: 50 }), (pattern, d, key, more) => {
        const before = patternActivities(pattern, d, settings);
        const after = patternActivities(pattern, { ...d, [key]: d[key] + more }, settings);
        OPS_ACTIVITY_IDS.forEach((_, i) => {
          expect(after[i]!.hours.typical.greaterThanOrEqualTo(before[i]!.hours.typical)).toBe(true);
        });
      }),
    );
  });
});
