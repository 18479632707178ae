/**
 * Loopback load bench for the web server (issue 17 item 7): `next start` on 127.0.0.1, N keep-alive
 * connections, a fixed duration per phase (bounded: nothing leaves the machine, nothing runs forever).
 *  A. a shared 4-service link only — and, as the honest uncached figure, a different 4-service link
 *     on every request (the render cache cannot help);
 *  B. the same link while a quarter of the connections send hostile links (huge task counts, absurd
 *     sizes, hundreds of services, over-long links) — the shared link's figures must not degrade;
 *  plus the static price-book API and `node -e 0` measured in the same run, as machine references.
 * Target (issue 17): ≥ 50 req/s and p99 < 500 ms for the shared link on 2 cores, no errors.
 * Run: pnpm --filter @repo/web build && pnpm --filter @repo/web bench:load   (LOAD_SECONDS, LOAD_CONNECTIONS)
 */
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { SMALL_WEB_APP } from "../src/lib/presets";
import { serializeCalculatorState } from "../src/app/search-params";
import type { ServiceRow } from "../src/lib/service-row";
import { startWebServer } from "./web-server";

const SECONDS = Math.min(60, Number(process.env.LOAD_SECONDS ?? 10));
const CONNECTIONS = Math.min(64, Number(process.env.LOAD_CONNECTIONS ?? 20));
const REQUEST_TIMEOUT_MS = 30_000;

const base = SMALL_WEB_APP.state;
const svc = (name: string, count: string, vcpu = "0.5", memoryGib = "1"): ServiceRow => ({ ...(base.services[0] as ServiceRow), name, count, vcpu, memoryGib });
const link = (services: ServiceRow[]) => serializeCalculatorState("/", { ...base, version: 3, locale: "en", services });
const fourServices = (webTasks: number) => link([svc("web", String(webTasks)), svc("api", "3", "1", "2"), svc("worker", "2", "2", "4"), svc("cron", "1", "0.25", "0.5")]);
const SHARED = fourServices(4);
const HOSTILE = [
  link([svc("web", "999999999999")]), // issue 17: killed next-server
  link([svc("web", "10000000")]),
  link([svc("web", "1000000"), svc("api", "1000000", "16", "120")]),
  link([svc("big", "3", "1000", String(1e308))]),
  link(Array.from({ length: 150 }, (_, i) => svc(`s${i}`, "5000"))),
  `/?s=${"web;1;0.5;1;x86_64;linux;h730,".repeat(700)}`, // over the link limit
];

type Sample = { ms: number; ok: boolean; status: number; error?: string };
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;

async function hit(url: string, accept: (status: number) => boolean): Promise<Sample> {
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

/** `connections` loops, each requesting `pick(i)` back to back until the phase ends. */
async function phase(connections: number, pick: (connection: number) => { url: string; kind: string }, accept: (kind: string, status: number) => boolean) {
  const samples = new Map<string, Sample[]>();
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(Array.from({ length: connections }, async (_, connection) => {
    while (performance.now() < end) {
      const { url, kind } = pick(connection);
      const sample = await hit(url, (status) => accept(kind, status));
      samples.set(kind, [...(samples.get(kind) ?? []), sample]);
    }
  }));
  return samples;
}

function report(label: string, samples: Sample[] | undefined): { rps: number; p99: number; errors: number } {
  const list = samples ?? [];
  const ms = list.map((s) => s.ms);
  const errors = list.filter((s) => !s.ok).length;
  const figures = { rps: list.length / SECONDS, p99: quantile(ms, 0.99), errors };
  const statuses = [...new Set(list.map((s) => (s.error ? `${s.status} ${s.error}` : s.status)))].join("/");
  console.log(`  ${label.padEnd(34)} ${figures.rps.toFixed(1).padStart(7)} req/s  p50 ${quantile(ms, 0.5).toFixed(0).padStart(5)} ms  p99 ${figures.p99.toFixed(0).padStart(5)} ms  max ${Math.max(...ms).toFixed(0).padStart(5)} ms  errors ${errors}  (status ${statuses})`);
  return figures;
}

const nodeStart = performance.now();
execFileSync(process.execPath, ["-e", "0"]);
const nodeMs = performance.now() - nodeStart;
const server = await startWebServer();
try {
  const url = (path: string) => `${server.baseUrl}${path}`;
  for (let i = 0; i < 10; i++) await hit(url(SHARED), () => true); // warm-up (JIT, module cache)
  console.log(`loopback load bench: ${CONNECTIONS} connections, ${SECONDS} s per phase, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} (before)`);
  console.log(`  reference: \`node -e 0\` takes ${nodeMs.toFixed(0)} ms on this machine now; shared link is ${SHARED.length} chars`);
  const api = await phase(CONNECTIONS, () => ({ url: url("/api/price-book/us-east-1"), kind: "api" }), (_k, s) => s === 200);
  report("static price-book API (reference)", api.get("api"));
  const alone = await phase(CONNECTIONS, () => ({ url: url(SHARED), kind: "shared" }), (_k, s) => s === 200);
  console.log("A. shared 4-service link alone (after the first request, served from the render cache):");
  const a = report("shared link", alone.get("shared"));
  let distinct = 100;
  const misses = await phase(CONNECTIONS, () => ({ url: url(fourServices(distinct++)), kind: "distinct" }), (_k, s) => s === 200);
  report("distinct 4-service links (no cache)", misses.get("distinct"));
  const hostileConnections = Math.max(1, Math.floor(CONNECTIONS / 4));
  let next = 0;
  const mixed = await phase(CONNECTIONS, (connection) => (connection < hostileConnections ? { url: url(HOSTILE[next++ % HOSTILE.length] as string), kind: "hostile" } : { url: url(SHARED), kind: "shared" }),
    (kind, s) => (kind === "shared" ? s === 200 : s > 0 && s < 500));
  console.log(`B. the same with ${hostileConnections} of ${CONNECTIONS} connections sending ${HOSTILE.length} hostile links in turn:`);
  const b = report(`shared link (${CONNECTIONS - hostileConnections} connections)`, mixed.get("shared"));
  report("hostile links (any 2xx-4xx is fine)", mixed.get("hostile"));
  const perConnection = (figures: { rps: number }, n: number) => figures.rps / n;
  console.log(`verdict: shared link ${a.rps >= 50 && a.p99 < 500 && a.errors === 0 ? "MEETS" : "MISSES"} the target (≥ 50 req/s, p99 < 500 ms, no errors) alone; ` +
    `with hostile links per-connection throughput is ${(perConnection(b, CONNECTIONS - hostileConnections) / perConnection(a, CONNECTIONS) * 100).toFixed(0)}% of alone and p99 ×${(b.p99 / a.p99).toFixed(2)}; ` +
    `load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} (after)`);
} finally {
  await server.stop();
}
