/**
 * `pnpm --filter @repo/core bench`: prices a generated portfolio of 1,000 services on all four
 * patterns with cheapest fit over the full catalog, and a single small scenario, and compares the
 * EC2 cheapest-fit search against a naive baseline. Prints figures; asserts nothing (not a test).
 */
import { capacitySettings } from "../src/ec2/capacity-settings";
import { cheapestFit } from "../src/ec2/cheapest-fit";
import { pricedInstanceTypes } from "../src/ec2/instance-price-table";
import { ec2PriceModel } from "../src/purchase/ec2-price-model";
import { Ec2PurchaseSchema, Ec2Schema, embeddedPriceBook, InstanceSelectionSchema, parseScenario, resolveService } from "../src/index";
import { estimateScenario } from "../src/compare/estimate-scenario";
import type { TaskGroup } from "../src/ec2/pack-tasks";
import { generatePortfolio } from "./generate-portfolio";
import { naiveCheapestFit } from "./naive-cheapest-fit";

const ms = (start: number): number => performance.now() - start;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
function timeRuns(runs: number, fn: () => void): number[] {
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return ms(start);
  });
}

const book = embeddedPriceBook();
const portfolio = generatePortfolio(1000);
const small = {
  region: "us-east-1",
  services: [
    { name: "web", taskCount: 4, vcpu: 0.5, memoryGib: 1 },
    { name: "api", taskCount: 3, vcpu: 1, memoryGib: 4 },
  ],
};

const coldStart = performance.now();
const first = estimateScenario(portfolio, book);
const cold = ms(coldStart);
const portfolioRuns = timeRuns(7, () => estimateScenario(portfolio, book));
const smallRuns = timeRuns(200, () => estimateScenario(small, book));

const tasks = portfolio.services.reduce((sum, s) => sum + s.taskCount, 0);
console.log(`catalog: ${book.instanceTypes.length} instance types; portfolio: ${portfolio.services.length} services, ${tasks} tasks`);
for (const pattern of first.patterns) {
  const nodes = pattern.nodePlans
    .map((p) => `${p.nodeCount} × ${p.spec.instanceType}`)
    .slice(0, 3)
    .join(", ");
  console.log(
    `  ${pattern.label.padEnd(15)} ${pattern.status.padEnd(10)} $${pattern.monthlyUsd?.toFixed(2) ?? "—"}/month ${nodes ? `(${nodes}${pattern.nodePlans.length > 3 ? ", …" : ""})` : ""}`,
  );
}
console.log(
  `1,000-service portfolio, 4 patterns: first call ${cold.toFixed(1)} ms (prices the catalog once), then median ${median(portfolioRuns).toFixed(1)} ms (target < 1000 ms)`,
);
console.log(`single small scenario: median ${median(smallRuns).toFixed(2)} ms over ${smallRuns.length} runs (target < 5 ms)`);

// Cheapest fit alone, optimised vs naive, for the x86 always-on ECS node group of the first 100 services
// (the naive search needs minutes on the full 1,000: it packs ~6,600 tasks one by one on every type).
const scenario = parseScenario(generatePortfolio(100));
const services = scenario.services.map(resolveService).filter((s) => s.architecture === "x86_64" && s.schedule.kind === "always-on");
const groups: TaskGroup[] = services.map((s) => ({
  name: s.name,
  cpuMillicores: s.ecsTask.cpuMillicores,
  memoryBytes: s.ecsTask.memoryBytes,
  count: s.taskCount,
}));
const settings = capacitySettings(Ec2Schema.parse({}), "ecs");
const selection = InstanceSelectionSchema.parse({});
const table = pricedInstanceTypes(book, "us-east-1", "linux", ec2PriceModel(Ec2PurchaseSchema.parse({})), "on-demand", {
  rootVolumeGib: 30,
  rootVolumeType: "gp3",
  publicIpv4PerNode: 0,
});
const fastRuns = timeRuns(5, () => cheapestFit(groups, table, "x86_64", selection, settings, { minNodes: 1, availabilityZones: 1 }));
const fast = cheapestFit(groups, table, "x86_64", selection, settings, { minNodes: 1, availabilityZones: 1 });
const naiveStart = performance.now();
const naive = naiveCheapestFit(groups, table, "x86_64", selection, settings);
const naiveMs = ms(naiveStart);
const best = fast.ranked[0];
console.log(
  `cheapest fit, ${groups.length} x86 services / ${groups.reduce((a, g) => a + g.count, 0)} tasks: optimised median ${median(fastRuns).toFixed(2)} ms (${fast.consideredCount} types considered, ${fast.packedCount} packed) → ${best?.nodeCount} × ${best?.priced.spec.instanceType} $${best?.hourlyUsd.times(730).toFixed(2)}/month`,
);
console.log(
  `naive baseline (every type, task by task, Decimal arithmetic): ${naiveMs.toFixed(0)} ms → ${naive?.nodes} × ${naive?.instanceType} $${naive?.hourlyUsd.times(730).toFixed(2)}/month`,
);
console.log(
  `speed-up: ${(naiveMs / median(fastRuns)).toFixed(0)}× ; same answer: ${naive?.hourlyUsd.equals(best?.hourlyUsd ?? -1) ? "yes" : "no (naive orders ties differently or packs differently)"}`,
);
