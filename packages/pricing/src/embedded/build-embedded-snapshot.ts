import { checkSnapshot, PriceSnapshotSchema, type PriceSnapshot, type Rate } from "@repo/core";
import { parseCsv } from "./csv";
import { ec2OnDemandRates, instanceSpecs, selectedRates } from "./ec2-rows";
import { eksRates } from "./eks-rows";
import { fargateRates } from "./fargate-rows";
import { autoModeFeeRates } from "./managed-fee-rows";
import { spotRates } from "./spot-rows";
import { parseSourcesRegister } from "./sources-register";

/** The texts of shared/data/aws-pricing the embedded snapshot is built from. */
export type EmbeddedSources = {
  sourcesMarkdown: string;
  fargateRatesCsv: string;
  eksRatesCsv: string;
  ec2OnDemandCsv: string;
  selectedRatesCsv: string;
  instanceSpecsCsv: string;
  /** derived/ec2_spot_snapshot_skypilot.csv (S33): per-AZ EC2 Spot prices. */
  spotSnapshotCsv: string;
  /** derived/managed_compute_fees.csv: EKS Auto Mode fee per instance type. */
  managedComputeFeesCsv: string;
};

/**
 * Builds the embedded price snapshot (pure: texts in, snapshot out). Later rows override earlier
 * ones for the same region + usage, so the dated 2026-09 selections beat the 2026-07 Karpenter list.
 * The snapshot date is the newest rate date, which keeps the build reproducible.
 */
export function buildEmbeddedSnapshot(files: EmbeddedSources): { snapshot: PriceSnapshot; skipped: string[] } {
  const fargate = fargateRates(parseCsv(files.fargateRatesCsv));
  const selected = selectedRates(parseCsv(files.selectedRatesCsv));
  const spot = spotRates(parseCsv(files.spotSnapshotCsv));
  const ordered: Rate[] = [
    ...ec2OnDemandRates(parseCsv(files.ec2OnDemandCsv)),
    ...selected.rates,
    ...fargate.rates,
    ...eksRates(parseCsv(files.eksRatesCsv)),
    ...spot.rates,
    ...autoModeFeeRates(parseCsv(files.managedComputeFeesCsv)),
  ];
  const byKey = new Map<string, Rate>();
  for (const rate of ordered) byKey.set(`${rate.region}|${rate.usage}`, rate);
  const rates = [...byKey.values()].sort((a, b) => (a.region + a.usage).localeCompare(b.region + b.usage));
  const asOf = rates.map((r) => r.asOf).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().at(-1) ?? "undated";
  const snapshot = PriceSnapshotSchema.parse({
    schemaVersion: 1,
    id: `embedded-${asOf}`,
    asOf,
    createdAt: `${asOf}T00:00:00Z`,
    description: "Embedded snapshot built from shared/data/aws-pricing (public AWS Price List data, 2021-2026; see SOURCES.md)",
    sources: parseSourcesRegister(files.sourcesMarkdown),
    rates,
    instanceTypes: instanceSpecs(parseCsv(files.instanceSpecsCsv)).sort((a, b) => a.instanceType.localeCompare(b.instanceType)),
  });
  // the same semantic checks every price file gets on load: a bad CSV row fails the build, naming the rate
  checkSnapshot(snapshot);
  return { snapshot, skipped: [...fargate.skipped, ...selected.skipped, ...spot.skipped] };
}
