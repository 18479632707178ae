import { describe, expect, it } from "vitest";
import { modelScenario } from "../model/model-scenario";
import { embeddedPriceBook } from "../snapshot/embedded";
import { comparisonCsv } from "./comparison-csv";
import { buildExport, EXPORT_KINDS, exportFileName, exportKindsFor } from "./export-kinds";
import { reviewCsv } from "./review-csv";

const result = modelScenario(
  { name: "web", region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] },
  embeddedPriceBook(),
  { scale: false },
);

describe("EXPORT_KINDS: the one list of exports both faces offer", () => {
  it("the web toolbar's three downloads and the CLI's five (the CLI also writes the bill CSV and the bare model JSON)", () => {
    expect(exportKindsFor("web").map((k) => k.id)).toEqual(["review-csv", "export-json", "scenario-yaml"]);
    expect(exportKindsFor("cli").map((k) => k.id)).toEqual(EXPORT_KINDS.map((k) => k.id));
  });

  it("keeps the web's file names: container-costs-<region>-<asOf>.csv / .json and scenario-<…>.yaml", () => {
    const stamp = "us-east-1-2026-01-05";
    expect(["review-csv", "export-json", "scenario-yaml"].map((id) => exportFileName(id as never, stamp))).toEqual([
      "container-costs-us-east-1-2026-01-05.csv",
      "container-costs-us-east-1-2026-01-05.json",
      "scenario-us-east-1-2026-01-05.yaml",
    ]);
  });

  it("builds each kind from core's serializers: the same tables and the export's own input", () => {
    expect(buildExport(result, "bill-csv")).toEqual(comparisonCsv(result.comparison));
    expect(buildExport(result, "review-csv")).toEqual(reviewCsv(result));
    // web 2 × 0.5 vCPU / 1 GiB: 730 × 0.04048 + 1460 × 0.004445 = $36.0401 on ECS on Fargate
    expect(buildExport(result, "model-json").patterns[0]?.monthlyUsd).toBe("36.0401");
    expect(buildExport(result, "export-json").input.region).toBe("us-east-1");
    expect(buildExport(result, "scenario-yaml").services[0]?.taskCount).toBe(2);
  });
});
