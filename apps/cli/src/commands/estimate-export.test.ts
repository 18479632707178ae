import { embeddedPriceBook, modelScenario, toExportJson } from "@repo/core";
import { describe, expect, it } from "vitest";
import { runCli, tempFile } from "../test-support/run-cli";

describe("costcalc estimate on a web JSON export", () => {
  it("prices the export's own input again: the same pattern totals as the exported file (2 × 730 × (0.5 × 0.04048 + 0.004445) = $36.0401)", async () => {
    const input = { name: "Exported", region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] };
    const exported = toExportJson(modelScenario(input, embeddedPriceBook()));
    const { code, stdout, stderr } = await runCli("estimate", tempFile("exported.json", JSON.stringify(exported)), "--format", "json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const again = JSON.parse(stdout) as { scenario: string; patterns: { id: string; monthlyUsd: string | null }[] };
    expect(again.scenario).toBe("Exported");
    expect(again.patterns.map((p) => [p.id, p.monthlyUsd])).toEqual(exported.patterns.map((p) => [p.id, p.monthlyUsd]));
    expect(again.patterns[0]?.monthlyUsd).toBe("36.0401");
  });
});
