// Hostile inputs of issue 17 through the real CLI, each a child process (`pnpm --filter @repo/cli bench`):
// the 1e7-task and 100k-service files are refused fast; the largest accepted workloads are priced with
// their break-even search. Prints wall times beside `node -e 0` and the CLI's own start-up (`--help`),
// and the load average; never asserts a time.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const BIN = join(import.meta.dirname, "../bin/costcalc.mjs");
const dir = mkdtempSync(join(tmpdir(), "costcalc-bench-"));
const service = (name: string, taskCount: number, vcpu = 0.5, memoryGib = 1) => ({ name, taskCount, vcpu, memoryGib });
const files: Record<string, unknown> = {
  "1e7 tasks (refused)": { region: "us-east-1", services: [service("web", 1e7)] },
  "100k services (refused)": { region: "us-east-1", services: Array.from({ length: 100_000 }, (_, i) => service(`s${i}`, 1)) },
  "150k tasks, 2 counts, ×100 break-even": {
    region: "us-east-1",
    services: Array.from({ length: 30 }, (_, i) => service(`s${i}`, i < 15 ? 5000 : 4999, 0.25, 0.5)),
    ops: { maxScaleMultiplier: 100 },
  },
  "200 services, ×10 break-even": {
    region: "us-east-1",
    services: Array.from({ length: 200 }, (_, i) => service(`s${i}`, 1 + (i % 17), [0.25, 0.5, 1][i % 3], [0.5, 1, 2][i % 3])),
  },
};

function wall(args: string[]): { ms: number; code: number } {
  const start = performance.now();
  let code = 0;
  try {
    const { INIT_CWD: _cwd, ...env } = process.env;
    execFileSync(process.execPath, args, { cwd: dir, env, stdio: "ignore", timeout: 600_000 });
  } catch (error) {
    code = (error as { status?: number }).status ?? -1;
  }
  return { ms: performance.now() - start, code };
}

const nodeMs = wall(["-e", "0"]).ms;
const helpMs = wall([BIN, "--help"]).ms;
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}; node -e 0: ${nodeMs.toFixed(0)} ms; costcalc --help: ${helpMs.toFixed(0)} ms`,
);
for (const [label, scenario] of Object.entries(files)) {
  const name = `${label.replace(/\W+/g, "-")}.json`;
  writeFileSync(join(dir, name), JSON.stringify(scenario));
  const { ms, code } = wall([BIN, "estimate", name]);
  console.log(`${label.padEnd(40)} exit ${code}  ${ms.toFixed(0).padStart(6)} ms  ×${(ms / helpMs).toFixed(2)} of --help`);
}
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
