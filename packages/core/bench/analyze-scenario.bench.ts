// Measures the decision layer: one estimateScenario vs one full analyzeScenario (TCO, break-even
// search, curves, sensitivity) on scenarios of growing size. Prints figures and ratios; run with
// `npx -y pnpm@10.34.8 --filter @repo/core bench`.
import { analyzeScenario } from "../src/decisions/analyze-scenario";
import { estimateScenario } from "../src/compare/estimate-scenario";
import { embeddedPriceBook } from "../src/index";

const book = embeddedPriceBook();
const scenario = (tasks: number, services: number) => ({
  name: `bench ${services}×${tasks}`,
  region: "us-east-1",
  services: Array.from({ length: services }, (_, i) => ({ name: `s${i}`, taskCount: tasks, vcpu: 0.5, memoryGib: 1 })),
});

function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - start) / runs;
}

console.log("scenario            estimate ms  analyze ms  ratio  breakpoints  method       model runs");
for (const [tasks, services] of [
  [2, 1],
  [10, 4],
  [50, 10],
  [200, 20],
] as const) {
  const input = scenario(tasks, services);
  const estimateMs = time(() => estimateScenario(input, book), 20);
  const analysis = analyzeScenario(input, book);
  const analyzeMs = time(() => analyzeScenario(input, book), 3);
  console.log(
    `${input.name.padEnd(18)}  ${estimateMs.toFixed(2).padStart(11)}  ${analyzeMs.toFixed(1).padStart(10)}  ${(analyzeMs / estimateMs).toFixed(0).padStart(5)}` +
      `  ${String(analysis.breakEven.breakpoints).padStart(11)}  ${analysis.breakEven.method.padEnd(11)}  ${String(analysis.evaluations).padStart(10)}`,
  );
}
