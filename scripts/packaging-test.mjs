#!/usr/bin/env node
/**
 * Packaging test (issue 18): what we would publish is what we test. Packs the staged packages
 * (packages/core/.publish → costcalc-core, apps/cli/.publish → costcalc; `pnpm build` stages them),
 * installs the two tarballs into a fresh project in the system temp directory, outside the
 * workspace (our packages come only from the tarball files; decimal.js, zod and the AWS SDK come
 * from the npm registry), then runs the README's library example from plain Node ESM, type-checks
 * an import under `moduleResolution: nodenext`, and runs the CLI from node_modules/.bin.
 * Writes .cache/packaging-report.json ({ passed, failed }) for .ci/run's summary; exits 1 on failure.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repoRoot = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "costcalc-packaging-"));
const project = join(work, "project");
const results = [];

function check(label, fn) {
  try {
    fn();
    results.push({ label, ok: true });
    console.log(`  ✓ ${label}`);
  } catch (error) {
    results.push({ label, ok: false });
    console.log(
      `  ✗ ${label}\n    ${String(error instanceof Error ? error.message : error)
        .split("\n")
        .join("\n    ")}`,
    );
  }
}
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: project, encoding: "utf8", maxBuffer: 64 << 20, ...options });
  if (result.error) throw result.error;
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}
function expectEqual(actual, expected, what) {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected).slice(0, 300)}, got ${JSON.stringify(actual).slice(0, 300)}`);
}

/** The first ```js block of the README's "## Library" section: the example we promise works. */
function readmeLibraryExample() {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("Library"));
  const code = section && /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (!code) throw new Error("README.md has no ```js block in its Library section");
  return code;
}

try {
  console.log(`packaging test in ${work}`);
  const tarballs = ["packages/core/.publish", "apps/cli/.publish"].map((dir) => {
    const out = execFileSync("npm", ["pack", join(repoRoot, dir), "--pack-destination", work, "--json"], { encoding: "utf8" });
    const [{ filename, files }] = JSON.parse(out);
    console.log(`  packed ${filename} (${files.length} files)`);
    return join(work, filename);
  });
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify({ name: "costcalc-consumer", private: true, type: "module" }, null, 2)}\n`,
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs], {
    cwd: project,
    stdio: ["ignore", "inherit", "inherit"],
  });

  const manifest = (name) => JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8"));
  const cliVersion = JSON.parse(readFileSync(join(repoRoot, "apps/cli/package.json"), "utf8")).version;

  check("costcalc-core and costcalc are installed from the tarballs, publishable (private: false, licence, engines)", () => {
    for (const name of ["costcalc-core", "costcalc"]) {
      const m = manifest(name);
      if (m.private !== false || !m.license || !m.engines?.node)
        throw new Error(`${name}: private ${m.private}, license ${m.license}, engines ${JSON.stringify(m.engines)}`);
    }
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8"));
    for (const name of ["costcalc-core", "costcalc"]) {
      const resolved = lock.packages[`node_modules/${name}`]?.resolved ?? "";
      if (!resolved.startsWith("file:")) throw new Error(`${name} resolved from ${resolved}, not a local tarball`);
    }
  });

  check("the README's library example runs from plain Node ESM", () => {
    writeFileSync(join(project, "example.mjs"), readmeLibraryExample());
    const result = run(process.execPath, ["example.mjs"]);
    expectEqual(result.exitCode, 0, `exit code (stderr: ${result.stderr})`);
    if (!result.stdout.includes("ECS on Fargate")) throw new Error(`no "ECS on Fargate" in the output:\n${result.stdout}`);
    console.log(result.stdout.trimEnd().replace(/^/gm, "      "));
  });

  check("the published .d.ts type-check under moduleResolution nodenext (skipLibCheck off)", () => {
    writeFileSync(
      join(project, "types.ts"),
      [
        'import { Decimal, embeddedPriceBook, modelScenario, formatUsd, type PatternEstimate } from "costcalc-core";',
        'const patterns: readonly PatternEstimate[] = modelScenario({ region: "us-east-1", services: [] }, embeddedPriceBook(), { scale: false }).comparison.patterns;',
        'const label: string = patterns[0]?.label ?? "none";',
        'const total: string = formatUsd(new Decimal("1.005").times(2));',
        "export { label, total };",
        "",
      ].join("\n"),
    );
    const compilerOptions = {
      noEmit: true,
      strict: true,
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "es2022",
      types: [],
      skipLibCheck: false,
    };
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["types.ts"] }));
    const result = run(process.execPath, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", "."]);
    expectEqual(result.exitCode, 0, `tsc (${result.stdout}${result.stderr})`);
  });

  const bin = join(project, "node_modules/.bin/costcalc");
  check("node_modules/.bin/costcalc --version prints the CLI's version", () => {
    const result = run(bin, ["--version"]);
    expectEqual(result.stdout, `${cliVersion}\n`, "stdout");
    expectEqual(result.exitCode, 0, "exit code");
  });

  check("costcalc estimate (the example-web-app golden) prints exactly tests/golden's expected.json", () => {
    const dir = join(repoRoot, "tests/golden/estimate-example-web-app");
    const result = run(bin, ["estimate", join(dir, "scenario.yaml"), "--format", "json"]);
    expectEqual(result.exitCode, 0, `exit code (stderr: ${result.stderr})`);
    expectEqual(result.stdout, readFileSync(join(dir, "expected.json"), "utf8"), "stdout");
  });

  check("costcalc estimate --help and a bad option (exit 2, one line) work from the install", () => {
    const help = run(bin, ["estimate", "--help"]);
    expectEqual(help.exitCode, 0, "help exit code");
    if (!help.stdout.startsWith("Usage: costcalc estimate ")) throw new Error(help.stdout);
    const bad = run(bin, ["estimate", join(repoRoot, "examples/web-app.yaml"), "--format", "xml"]);
    expectEqual(bad.exitCode, 2, "bad --format exit code");
    expectEqual(bad.stderr.trimEnd().split("\n").length, 1, `stderr lines (${bad.stderr})`);
  });

  check("costcalc prices refresh runs its lazy refresh code and requires the installed AWS SDK (a bad --source exits 2)", () => {
    const result = run(bin, ["prices", "refresh", "--source", "carrier-pigeon", "--out", "never.json"]);
    expectEqual(result.exitCode, 2, `exit code (stderr: ${result.stderr})`);
    if (!/--source must be one of/.test(result.stderr)) throw new Error(result.stderr);
  });
} catch (error) {
  results.push({ label: "pack and install", ok: false });
  console.log(`  ✗ pack and install: ${error instanceof Error ? error.message : error}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
mkdirSync(join(repoRoot, ".cache"), { recursive: true });
writeFileSync(join(repoRoot, ".cache/packaging-report.json"), `${JSON.stringify({ passed, failed })}\n`);
console.log(`packaging: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
