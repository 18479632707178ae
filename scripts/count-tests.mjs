#!/usr/bin/env node
// Adds up every vitest JSON report (.cache/vitest-report.json in each workspace package) and
// prints the plain "N passed, N failed" line CI reads. Exits 1 when any test failed or none ran.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const roots = ["apps", "packages", "tooling"].flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : []));
roots.push("tests");
let passed = 0;
let failed = 0;
let skipped = 0;
for (const root of roots) {
  const file = join(root, ".cache", "vitest-report.json");
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (!report.success && (report.numFailedTests ?? 0) === 0) failed += 1; // a suite that failed to load
  console.log(`${root}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
for (const extra of process.argv.slice(2)) {
  // extra "name:passed:failed" triples from non-vitest runners (e.g. Playwright e2e)
  const [, p = "0", f = "0"] = extra.split(":");
  passed += Number(p);
  failed += Number(f);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
