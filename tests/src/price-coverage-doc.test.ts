/**
 * docs/price-coverage.md holds the `costcalc prices coverage --format markdown` table of the embedded
 * snapshot between two markers. This test fails when the snapshot changes and the doc does not;
 * UPDATE_GOLDEN=1 rewrites the block (the text around it is kept).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { main } from "@repo/cli/main";
import { describe, expect, it } from "vitest";
import { repoPath } from "./fixture-paths";

const START = "<!-- coverage:start (generated: costcalc prices coverage --format markdown) -->";
const END = "<!-- coverage:end -->";

async function coverageMarkdown(): Promise<string> {
  let out = "";
  const code = await main(["node", "costcalc", "prices", "coverage", "--format", "markdown"], {
    stdout: (t) => (out += t),
    stderr: () => {},
  });
  if (code !== 0) throw new Error(`exit ${code}`);
  return out;
}

describe("docs/price-coverage.md", () => {
  it("holds the coverage table of the embedded snapshot as the CLI prints it (current, not hand-edited)", async () => {
    const file = repoPath("docs/price-coverage.md");
    const doc = readFileSync(file, "utf8");
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start, "start marker").toBeGreaterThan(-1);
    expect(end, "end marker").toBeGreaterThan(start);
    const generated = await coverageMarkdown();
    const current = doc.slice(start + START.length, end).trim();
    if (process.env.UPDATE_GOLDEN === "1" && current !== generated.trim()) {
      writeFileSync(file, `${doc.slice(0, start + START.length)}\n${generated}${doc.slice(end)}`);
      return;
    }
    expect(current).toBe(generated.trim());
  });

  it("the table says Tokyo and us-east-1 are complete and a region without data has no rates", async () => {
    const rows = (await coverageMarkdown()).split("\n");
    expect(rows.find((r) => r.startsWith("| ap-northeast-1 "))).toMatch(/^\| ap-northeast-1 \| Asia Pacific \(Tokyo\) \| complete \|/);
    expect(rows.find((r) => r.startsWith("| us-east-1 "))).toMatch(/\| complete \|/);
    expect(rows.find((r) => r.startsWith("| me-central-1 "))).toMatch(/\| no rates \|/);
  });
});
