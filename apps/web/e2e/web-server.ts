/**
 * Starts the built app (`next start`) on a free port for e2e tests, the bench and the screenshot.
 * Needs `next build` first (.ci/run does it); fails with a clear message otherwise.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `pid`: the `next start` process (it becomes next-server itself), for the load bench's CPU sampling. */
export type WebServer = { baseUrl: string; pid: number | undefined; stop: () => Promise<void> };

/**
 * @param env extra environment for `next start`, e.g. `{ PRICES_FILE: "/tmp/prices.json" }` (issue 14).
 * @param nodeArgs extra Node flags, e.g. `["--cpu-prof", "--cpu-prof-dir=/tmp/prof"]` (bench profiling).
 */
export async function startWebServer(env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<WebServer> {
  if (!existsSync(join(WEB_ROOT, ".next", "BUILD_ID"))) {
    throw new Error("apps/web is not built: run `pnpm --filter @repo/web build` first");
  }
  const port = await freePort();
  const nextBin = join(WEB_ROOT, "node_modules", "next", "dist", "bin", "next");
  // the same header limit as `pnpm start` (package.json), so over-long links reach the proxy's 414 page
  const child: ChildProcess = spawn(
    process.execPath,
    ["--max-http-header-size=65536", ...nodeArgs, nextBin, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: WEB_ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000; // a bound on start-up under a loaded CI machine, not a speed check
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/price-book/us-east-1`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`next start did not come up on ${baseUrl}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * Runs `next start` expecting it to refuse to start (e.g. a bad PRICES_FILE): resolves with its exit code
 * and output once it exits, or rejects after `timeoutMs` (killing it) — a bounded wait, not a timing assert.
 */
export async function runWebServerToExit(
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<{ exitCode: number | null; output: string; answered: boolean }> {
  const port = await freePort();
  const nextBin = join(WEB_ROOT, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: WEB_ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let answered = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  // While it runs, note whether it ever answers a request (it must not serve with a bad file).
  const poll = setInterval(() => {
    fetch(`http://127.0.0.1:${port}/api/price-book/us-east-1`).then(
      () => {
        answered = true;
      },
      () => undefined,
    );
  }, 250);
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`next start did not exit within ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      child.once("exit", (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    return { exitCode, output, answered };
  } finally {
    clearInterval(poll);
  }
}
