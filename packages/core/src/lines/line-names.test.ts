import { describe, expect, it } from "vitest";
import { renderMessage } from "../messages/english";
import { placeholderNames } from "../messages/message";
import { modelScenario } from "../model/model-scenario";
import type { ScenarioInput } from "../scenario/scenario-schema";
import { embeddedPriceBook } from "../snapshot/embedded";
import { ENGLISH_TEMPLATES } from "../messages/english";

const book = embeddedPriceBook();
const web = { name: "web", taskCount: 2, vcpu: 1, memoryGib: 2, publicIpv4PerTask: 1 };
const SCENARIOS: ScenarioInput[] = [
  {
    region: "us-east-1",
    services: [
      { ...web, monthlyInternetEgressGb: 20_000, monthlyServiceTrafficGb: 10, logIngestionGbPerMonth: 5 },
      { name: "nightly", taskCount: 1, vcpu: 1, memoryGib: 2, schedule: { runsPerDay: 1, durationSeconds: 600 } },
    ],
    purchase: {
      fargate: {
        ecs: { option: "compute-savings-plan", termYears: 1, payment: "no-upfront", savingsPlan: { commitmentUsdPerHour: "0.01" } },
      },
      ec2: { option: "reserved", reservedInstances: { "m6i.large": 3 } },
    },
    ec2: { instanceType: "m6i.large" },
    extras: { loadBalancers: { count: 1, averageLcuPerHour: 2 }, natGateways: { count: 1, monthlyDataProcessedGb: 100 } },
    support: { plan: "business" },
    reporting: { consumptionTax: true },
  },
  {
    region: "us-east-1",
    services: [
      { name: "iis", taskCount: 1, vcpu: 2, memoryGib: 4, os: "windows" },
      { ...web, ephemeralStorageGib: 50 },
    ],
    purchase: { fargate: { eks: { option: "compute-savings-plan", termYears: 3, payment: "no-upfront" } }, ec2: { option: "spot" } },
    observability: { containerInsights: "enhanced" },
    network: { interfaceEndpoints: { count: 2, monthlyDataProcessedGb: 50 } },
  },
];

describe("cost-line names as codes (nameMessage; messages/en/lines.ts)", () => {
  const linesOf = (input: ScenarioInput) => modelScenario(input, book).patterns.flatMap((p) => [...p.bill.lines, ...(p.ops?.lines ?? [])]);
  const lines = SCENARIOS.flatMap(linesOf);

  it("the English name of every line is its nameMessage rendered (so the CLI's text is the code's)", () => {
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) expect(renderMessage(line.nameMessage), line.id).toBe(line.name);
  });

  it("every line's code has a template, its placeholders are parameters, nested codes too (nothing left unfilled)", () => {
    for (const line of lines) {
      const template = (ENGLISH_TEMPLATES as Record<string, string>)[line.nameMessage.code];
      expect(template, line.id).toBeDefined();
      for (const name of placeholderNames(template as string)) expect(Object.keys(line.nameMessage.params), line.id).toContain(name);
      expect(line.name, line.id).not.toMatch(/\{\w+(:\w+)?\}|[A-Z]+_[A-Z_]+/);
    }
  });

  it("hand-checked names: purchase option, node group and the derived-rate flag are nested codes, not concatenated English", () => {
    const first = linesOf(SCENARIOS[0] as ScenarioInput);
    const byId = (id: string) => first.find((l) => l.id === id);
    expect(byId("svc:web:ecs-fargate-vcpu")?.nameMessage).toEqual({
      code: "LINE_FARGATE_VCPU_PURCHASE",
      params: {
        service: "web",
        platform: "PLATFORM_LINUX_X86",
        purchase: "PURCHASE_FARGATE_SAVINGS_PLAN",
        termYears: 1,
        payment: "PAYMENT_NO_UPFRONT",
      },
    });
    expect(byId("svc:web:ecs-fargate-vcpu")?.name).toBe("web: Fargate vCPU (Linux/x86, 1-year Compute Savings Plan, no upfront)");
    const derived = first.find((l) => l.nameMessage.code === "LINE_DERIVED_RATE");
    expect(derived?.name).toMatch(/ \(derived rate\)$/);
    expect(derived?.nameMessage.params.derivedLine).toMatch(/^LINE_/);
    const overflow = first.find((l) => l.nameMessage.code === "LINE_ABOVE_COMMITMENT");
    expect(overflow?.name).toMatch(
      /^web: Fargate (vCPU|memory) \(Linux\/x86, 1-year Compute Savings Plan, no upfront\)( \(derived rate\))? above the commitment: On-Demand$/,
    );
  });
});
