// Measures portfolio pricing and rendering for hundreds of services (`pnpm --filter @repo/cli bench`).
// Prints figures and ratios; never asserts a time.
import { embeddedPriceBook, estimatePortfolio, resolveReporting } from "@repo/core";
import { portfolioReport } from "../src/commands/portfolio-report";
import { renderReport } from "../src/render/format";

const SIZES = [
  [0.25, 0.5],
  [0.5, 1],
  [1, 2],
  [2, 4],
  [4, 8],
] as const;
const TEAMS = ["checkout", "search", "platform", "data", "identity", "growth"];

function portfolio(serviceCount: number) {
  return {
    name: `bench ${serviceCount}`,
    region: "us-east-1",
    services: Array.from({ length: serviceCount }, (_, i) => {
      const [vcpu, memoryGib] = SIZES[i % SIZES.length] ?? SIZES[0];
      return {
        name: `svc-${i}`,
        taskCount: 1 + (i % 7),
        vcpu,
        memoryGib,
        architecture: i % 3 === 0 ? "arm64" : "x86_64",
        tags: { team: TEAMS[i % TEAMS.length] ?? "x" },
      };
    }),
    extras: { natGateways: { count: 3, monthlyDataProcessedGb: 5000 }, loadBalancers: { count: 4, averageLcuPerHour: 12 } },
  };
}

function time(run: () => void, repeats: number): number {
  run();
  const start = performance.now();
  for (let i = 0; i < repeats; i += 1) run();
  return (performance.now() - start) / repeats;
}

const book = embeddedPriceBook();
const rows: { services: number; priceMs: number; renderMs: number }[] = [];
for (const count of [100, 300, 1000]) {
  const input = portfolio(count);
  const priceMs = time(() => estimatePortfolio(input, book, { groupBy: ["team"] }), 5);
  const result = estimatePortfolio(input, book, { groupBy: ["team"] });
  const renderMs = time(() => {
    renderReport(portfolioReport(result, resolveReporting(result.comparison.scenario)), "markdown");
    renderReport(portfolioReport(result, resolveReporting(result.comparison.scenario)), "json");
  }, 5);
  rows.push({ services: count, priceMs, renderMs });
}
const base = rows[0];
for (const row of rows) {
  const ratio = base ? (row.priceMs / base.priceMs).toFixed(2) : "1";
  console.log(
    `${String(row.services).padStart(5)} services: price + allocate ${row.priceMs.toFixed(1)} ms, render markdown + json ${row.renderMs.toFixed(1)} ms, price time ×${ratio} vs ${base?.services ?? 0} services (${((row.priceMs / row.services) * 1000).toFixed(0)} µs/service)`,
  );
}
