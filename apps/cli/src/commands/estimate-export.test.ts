import { embeddedPriceBook, modelScenario, REVIEW_CSV_COLUMNS, toExportJson } from "@repo/core";
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

describe("costcalc estimate --export <kind> (core's EXPORT_KINDS: the same documents the web downloads)", () => {
  const input = { name: "Exported", region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] };
  const file = () => tempFile("web.json", JSON.stringify(input));

  it("review-csv: the web's budget-review CSV, written by the CLI too (header = core's REVIEW_CSV_COLUMNS)", async () => {
    const { code, stdout } = await runCli("estimate", file(), "--export", "review-csv");
    expect(code).toBe(0);
    expect(stdout.split("\r\n")[0]).toBe(REVIEW_CSV_COLUMNS.join(","));
  });

  it("scenario-yaml: the parsed scenario with defaults, which estimate prices back to $36.0401 on ECS on Fargate", async () => {
    const { code, stdout } = await runCli("estimate", file(), "--export", "scenario-yaml");
    expect(code).toBe(0);
    const again = await runCli("estimate", tempFile("again.yaml", stdout), "--format", "json");
    expect((JSON.parse(again.stdout) as { patterns: { monthlyUsd: string }[] }).patterns[0]?.monthlyUsd).toBe("36.0401");
  });

  it("an unknown kind is a usage error (exit 2) naming the allowed kinds", async () => {
    const { code, stderr } = await runCli("estimate", file(), "--export", "pdf");
    expect(code).toBe(2);
    expect(stderr).toContain("--export must be one of bill-csv, review-csv, model-json, export-json, scenario-yaml");
  });
});
