/**
 * Frame-budget bench (issue 19 item 5), Debian Chromium via playwright-core against `next start`:
 * for the default scenario and for a 200-service link, the time from an `input` event on a task
 * count to the repainted totals table and to the repainted cost chart (the paint after their last
 * DOM change), over many changes, as median and p95 against the targets (≤ 50 ms default, ≤ 100 ms
 * for 200 services). Two cadences: back to back (each change right after the previous repaint: the
 * break-even analysis never starts, debounced) and paced like typing (one change every
 * PACE_MS: the analysis runs in its worker between changes and its result lands while the user
 * types). Also printed: the longest main-thread task while typing (what "typing is never blocked
 * by the break-even search" is about), whether the "searching break-even scales…" status was shown
 * after each paced change, the main thread's CPU time per change (CDP ThreadTime: what the page
 * itself costs, which unlike wall time does not grow with the machine's load), the worker's analysis time
 * and the per-keystroke model's time in its own worker.
 * Run: pnpm --filter @repo/web build && pnpm --filter @repo/web bench:frame   (FRAME_CHANGES, PACE_MS)
 */
import { cpus, loadavg } from "node:os";
import { serializeCalculatorState } from "../src/app/search-params";
import { SMALL_WEB_APP } from "../src/lib/presets";
import type { ServiceRow } from "../src/lib/service-row";
import { launchChromium } from "./chromium";
import { startWebServer } from "./web-server";

const CHANGES = Math.min(200, Number(process.env.FRAME_CHANGES ?? 30));
const PACE_MS = Math.min(2000, Number(process.env.PACE_MS ?? 300));

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

const base = SMALL_WEB_APP.state;
const first = base.services[0] as ServiceRow;
const manyServices = Array.from({ length: 200 }, (_, i): ServiceRow => ({ ...first, name: `svc${i}`, count: String(1 + (i % 7)) }));
const SCENARIOS = [
  { label: "default scenario", path: "/", targetMs: 50 },
  {
    label: "200 services",
    path: serializeCalculatorState("/", { ...base, version: 3, locale: "en", services: manyServices }),
    targetMs: 100,
  },
];

/**
 * Runs in the page (plain source text, so no bundler helper leaks into it): sets the first service's
 * task count like a user would and resolves with the ms until each watched element (totals table,
 * cost chart) was repainted and then stayed quiet for one frame.
 */
const MEASURE_CHANGE = `async (next) => {
  const targets = { totals: document.querySelector('[data-testid="totals"]'), chart: document.querySelector('[data-testid="cost-chart"]') };
  const input = document.getElementById("f-services-0-count");
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const state = {};
  const observers = Object.entries(targets).map(([name, element]) => {
    state[name] = { mutations: 0, seen: 0, done: undefined };
    const observer = new MutationObserver(() => { state[name].mutations += 1; });
    observer.observe(element, { subtree: true, childList: true, attributes: true, characterData: true });
    return observer;
  });
  const start = performance.now();
  return await new Promise((resolve) => {
    const frame = () => requestAnimationFrame(() => {
      const now = performance.now() - start;
      for (const s of Object.values(state)) {
        if (s.done === undefined && s.mutations > 0 && s.mutations === s.seen) s.done = now;
        s.seen = s.mutations;
      }
      const isDone = Object.values(state).every((s) => s.done !== undefined);
      if (isDone || now > 5000) {
        for (const o of observers) o.disconnect();
        resolve(Object.fromEntries(Object.entries(state).map(([name, s]) => [name, s.done ?? Infinity])));
        return;
      }
      frame();
    });
    setValue.call(input, next);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    frame();
  });
}`;

/** Longest-task recorder (Long Tasks API: main-thread tasks over 50 ms). */
const WATCH_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
    .observe({ type: "longtask", buffered: false });
})()`;

/** Is the "searching break-even scales…" status (the analysis pending) on the page now? */
const IS_CALCULATING = `document.querySelector('[data-testid="analysis-pending"]') !== null`;

type Timing = { totals: number; chart: number; cpu: number };

/** Polls (page.waitForFunction would eval a string, which the page's CSP refuses) until the analysis status is gone. */
async function untilAnalysed(page: import("playwright-core").Page): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await page.evaluate(IS_CALCULATING)) && Date.now() < deadline) await page.waitForTimeout(50);
}

const server = await startWebServer();
const browser = await launchChromium();
const rows: { label: string; targetMs: number; mode: string; totals: number[]; chart: number[] }[] = [];
try {
  console.log(
    `frame-budget bench: ${CHANGES} changes per cadence, paced every ${PACE_MS} ms, ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} (before)`,
  );
  for (const scenario of SCENARIOS) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${server.baseUrl}${scenario.path}`, { waitUntil: "networkidle" });
    await page.waitForFunction(() => document.querySelector('[data-testid="cost-chart"] svg') !== null, undefined, { timeout: 60_000 });
    // the first change after load may wait for the region's price book: do one and let the analysis land
    await page.evaluate(`(${MEASURE_CHANGE})("3")`);
    await untilAnalysed(page);
    await page.evaluate(WATCH_LONG_TASKS);
    // Main-thread CPU time (CDP Performance.ThreadTime) per change: unlike wall time it does not grow
    // when other processes share the CPUs, so it is the figure to compare across loaded runs.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const threadMs = async () =>
      ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime")?.value ?? Number.NaN) * 1000;
    const change = async (value: string): Promise<Timing> => {
      const before = await threadMs();
      const timing = (await page.evaluate(`(${MEASURE_CHANGE})("${value}")`)) as Omit<Timing, "cpu">;
      return { ...timing, cpu: (await threadMs()) - before };
    };

    const rapid: Timing[] = [];
    for (let index = 0; index < CHANGES; index += 1) rapid.push(await change(String(4 + (index % 12))));
    const rapidLongest = (await page.evaluate("Math.max(0, ...window.__longTasks)")) as number;

    await page.evaluate(WATCH_LONG_TASKS);
    const paced: Timing[] = [];
    let shownCalculating = 0;
    for (let index = 0; index < CHANGES; index += 1) {
      const started = Date.now();
      paced.push(await change(String(20 + (index % 12))));
      if (await page.evaluate(IS_CALCULATING)) shownCalculating += 1;
      await page.waitForTimeout(Math.max(0, PACE_MS - (Date.now() - started)));
    }
    const pacedLongest = (await page.evaluate("Math.max(0, ...window.__longTasks)")) as number;
    await untilAnalysed(page);
    const analysis = (await page.evaluate(() => performance.getEntriesByName("analysis").map((entry) => entry.duration))) as number[];
    // the per-keystroke model's own time in its worker (use-fast-view.ts measures "calc" per reply)
    const calc = (await page.evaluate(() => performance.getEntriesByName("calc").map((entry) => entry.duration))) as number[];
    await page.close();

    console.log(`${scenario.label} (target p95 ≤ ${scenario.targetMs} ms for input → updated totals and chart):`);
    for (const [mode, timings, longest] of [
      ["back to back", rapid, rapidLongest],
      [`paced ${PACE_MS} ms`, paced, pacedLongest],
    ] as const) {
      const totals = timings.map((t) => t.totals);
      const chart = timings.map((t) => t.chart);
      rows.push({ label: scenario.label, targetMs: scenario.targetMs, mode, totals, chart });
      for (const [what, values] of [
        ["totals", totals],
        ["chart ", chart],
      ] as const) {
        const p95 = quantile(values, 0.95);
        console.log(
          `  ${mode.padEnd(14)} ${what}  median ${quantile(values, 0.5).toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  max ${Math.max(
            ...values,
          )
            .toFixed(1)
            .padStart(6)} ms  p95/target ${(p95 / scenario.targetMs).toFixed(2)}  ${p95 <= scenario.targetMs ? "MEETS" : "MISSES"}`,
        );
      }
      const cpu = timings.map((t) => t.cpu);
      console.log(
        `  ${mode.padEnd(14)} main-thread CPU per change (load-independent) median ${quantile(cpu, 0.5).toFixed(1)} ms, p95 ${quantile(cpu, 0.95).toFixed(1)} ms; longest main-thread task while typing ${longest.toFixed(0)} ms`,
      );
    }
    console.log(
      `  "searching break-even scales…" shown right after ${shownCalculating} of ${CHANGES} paced changes; worker analysis median ${quantile(analysis, 0.5).toFixed(0)} ms, max ${Math.max(...analysis).toFixed(0)} ms (${analysis.length} runs, off the main thread)`,
    );
    console.log(
      `  per-keystroke model in its worker (part of every change's latency): median ${quantile(calc, 0.5).toFixed(1)} ms, p95 ${quantile(calc, 0.95).toFixed(1)} ms (${calc.length} runs)`,
    );
  }
  const misses = rows.filter((row) => quantile([...row.totals, ...row.chart], 0.95) > row.targetMs);
  console.log(
    `verdict: ${misses.length === 0 ? "every cadence MEETS its target" : `MISSES in ${misses.map((row) => `${row.label}/${row.mode}`).join(", ")}`}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${cpus().length} CPUs (after)`,
  );
} finally {
  await browser.close();
  await server.stop();
}
