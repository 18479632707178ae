/**
 * The load bench's measuring and reporting (e2e/load-bench.ts): one request with its time and status,
 * quantiles, and a printed line per figure with the target it is held to and MEETS/MISSES.
 */
export type Sample = { ms: number; ok: boolean; status: number; error?: string };
export type Target = { rps?: number; p99Ms?: number; p50Ms?: number };

const REQUEST_TIMEOUT_MS = 30_000;

export const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;

export async function hit(url: string, accept: (status: number) => boolean): Promise<Sample> {
  const start = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.arrayBuffer();
    return { ms: performance.now() - start, ok: accept(response.status), status: response.status };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ms: performance.now() - start, ok: false, status: 0, error: cause?.code ?? cause?.message ?? (error as Error).name };
  }
}

/** Does a measured figure meet its target? The target is printed beside every value it applies to. */
function verdict(figures: { rps: number; p50: number; p99: number; errors: number }, target: Target | undefined): string {
  if (!target) return "";
  const parts: string[] = [];
  let meets = figures.errors === 0;
  if (target.rps !== undefined) {
    parts.push(`≥ ${target.rps} req/s`);
    meets &&= figures.rps >= target.rps;
  }
  if (target.p50Ms !== undefined) {
    parts.push(`p50 ≤ ${target.p50Ms} ms`);
    meets &&= figures.p50 <= target.p50Ms;
  }
  if (target.p99Ms !== undefined) {
    parts.push(`p99 < ${target.p99Ms} ms`);
    meets &&= figures.p99 < target.p99Ms;
  }
  return `  [target ${[...parts, "0 errors"].join(", ")}: ${meets ? "MEETS" : "MISSES"}]`;
}

export function report(
  label: string,
  samples: Sample[] | undefined,
  seconds: number,
  target?: Target,
): { rps: number; p99: number; errors: number; meets: boolean } {
  const list = samples ?? [];
  const ms = list.map((s) => s.ms);
  const errors = list.filter((s) => !s.ok).length;
  const figures = { rps: list.length / seconds, p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), errors };
  const statuses = [...new Set(list.map((s) => (s.error ? `${s.status} ${s.error}` : s.status)))].join("/");
  const judged = verdict(figures, target);
  console.log(
    `  ${label.padEnd(38)} ${figures.rps.toFixed(1).padStart(7)} req/s  p50 ${figures.p50.toFixed(0).padStart(5)} ms  p99 ${figures.p99.toFixed(0).padStart(5)} ms  max ${Math.max(
      ...ms,
    )
      .toFixed(0)
      .padStart(5)} ms  errors ${errors}  (status ${statuses})${judged}`,
  );
  return { ...figures, meets: judged.endsWith("MEETS]") };
}
