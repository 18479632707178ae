import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../main";

/** A Tokyo scenario in yen at ¥150/$ with a $0.05/h Compute Savings Plan on ECS on Fargate (US engineer rates). */
const SCENARIO = {
  name: "Tokyo SP",
  region: "ap-northeast-1",
  services: [{ name: "web", taskCount: 3, vcpu: 1, memoryGib: 2 }],
  purchase: {
    fargate: {
      ecs: { option: "compute-savings-plan", termYears: 1, payment: "no-upfront", savingsPlan: { commitmentUsdPerHour: "0.05" } },
    },
  },
  reporting: { currency: "JPY", jpyPerUsd: 150 },
};

async function estimateTable(scenario: object): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "costcalc-msg-")), "scenario.json");
  writeFileSync(file, JSON.stringify(scenario));
  let out = "";
  const code = await main(["node", "costcalc", "estimate", file], {
    stdout: (t) => {
      out += t;
    },
    stderr: () => undefined,
  });
  expect(code).toBe(0);
  return out;
}

describe("costcalc estimate in a JPY report: core sentences in yen (issue 21, one reporting currency)", async () => {
  const out = await estimateTable(SCENARIO);
  const lines = out.split("\n");

  it("the Savings Plan note: $0.05/h × ¥150/$ = ¥7.50/hour (to the sen below ¥100), × 730 h = ¥5,475/month ($36.50 × 150)", () => {
    const note = lines.find((l) => l.includes("commitment ¥"));
    expect(note).toContain("commitment ¥7.50/hour × 730 h = ¥5,475/month billed used or not");
  });

  it("no note, warning or suggestion line prints dollars (AWS rates stay in the Rate (USD) column only)", () => {
    const sentences = lines.filter((l) => /^\s*(note|warning):/.test(l));
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.filter((l) => l.includes("$"))).toEqual([]);
  });

  it("the TCO header states the US engineer rate as given and as the yen figures use it: $90/h × ¥150/$ = ¥13,500/h", () => {
    expect(out).toContain("== Total cost of ownership: AWS + ops at $90/h (¥13,500/h)");
    expect(out).toMatch(/== Ops effort: ECS on Fargate — [\d.]+ h\/month typical .* × \$90\/h \(¥13,500\/h\)/);
  });

  it("in USD the same scenario keeps core's English: commitment $0.05/hour × 730 h = $36.50/month, rate $90/h alone", async () => {
    const usd = await estimateTable({ ...SCENARIO, reporting: { currency: "USD" } });
    expect(usd).toContain("commitment $0.05/hour × 730 h = $36.50/month");
    expect(usd).toContain("== Total cost of ownership: AWS + ops at $90/h (");
    expect(usd).not.toContain("$90/h ($");
  });
});
