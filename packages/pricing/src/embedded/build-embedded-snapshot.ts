import { checkSnapshot, PriceSnapshotSchema, type PriceSnapshot, type Rate } from "@repo/core";
import { parseCsv } from "./csv";
import { ec2OnDemandRates, instanceSpecs, selectedRates } from "./ec2-rows";
import { eksRates } from "./eks-rows";
import { fargateRates } from "./fargate-rows";
import { multiRegionOnDemandRates, regionalNetworkRates } from "./regional-rows";
import { withConfidence } from "./source-confidence";
import { managedFeeRates } from "./managed-fee-rows";
import { spotRates } from "./spot-rows";
import { parseSourcesRegister } from "./sources-register";
import { containerBillExtrasRates, regionalWholeBillRates, windowsOnDemandRates } from "./whole-bill-rows";

/** The texts of shared/data/aws-pricing the embedded snapshot is built from. */
export type EmbeddedSources = {
  sourcesMarkdown: string;
  fargateRatesCsv: string;
  eksRatesCsv: string;
  ec2OnDemandCsv: string;
  selectedRatesCsv: string;
  instanceSpecsCsv: string;
  /** derived/ec2_ondemand_linux_multiregion_skypilot.csv (S33, undated). */
  multiRegionOnDemandCsv: string;
  /** derived/regional_network_storage_rates.csv (S34–S38). */
  regionalNetworkCsv: string;
  /** Issue 15 (whole-bill-rows.ts): data transfer, logs, endpoints, NLB, ECR, Support … and Windows EC2. */
  containerBillExtrasCsv: string;
  windowsOnDemandCsv: string;
  /** derived/ec2_spot_snapshot_skypilot.csv (S33): per-AZ EC2 Spot prices. */
  spotSnapshotCsv: string;
  /** derived/managed_compute_fees.csv: EKS Auto Mode fee per instance type. */
  managedComputeFeesCsv: string;
};

/**
 * Builds the embedded price snapshot (pure: texts in, snapshot out). Later rows override earlier
 * ones for the same region + usage: the undated ten-region S33 list first, then the dated 2026-07
 * Karpenter list (us-east-1; S33 equals it except m7i.metal-24xl, where S33 mixes in Host tenancy),
 * the regional network/storage rates, and last the dated 2026-09 selections. Every rate gets its
 * source's confidence (source-confidence.ts). The snapshot date is the newest rate date, which keeps
 * the build reproducible.
 */
export function buildEmbeddedSnapshot(files: EmbeddedSources): { snapshot: PriceSnapshot; skipped: string[] } {
  const fargate = fargateRates(parseCsv(files.fargateRatesCsv));
  const selected = selectedRates(parseCsv(files.selectedRatesCsv));
  const multiRegion = multiRegionOnDemandRates(parseCsv(files.multiRegionOnDemandCsv));
  const regional = regionalNetworkRates(parseCsv(files.regionalNetworkCsv));
  const sources = parseSourcesRegister(files.sourcesMarkdown);
  const extras = containerBillExtrasRates(parseCsv(files.containerBillExtrasCsv));
  const spot = spotRates(parseCsv(files.spotSnapshotCsv));
  const ordered: Rate[] = [
    ...multiRegion.rates,
    ...ec2OnDemandRates(parseCsv(files.ec2OnDemandCsv)),
    ...regional.rates,
    ...selected.rates,
    ...fargate.rates,
    ...eksRates(parseCsv(files.eksRatesCsv)),
    ...extras.rates,
    ...regionalWholeBillRates([...parseCsv(files.selectedRatesCsv), ...parseCsv(files.regionalNetworkCsv)]),
    ...windowsOnDemandRates(parseCsv(files.windowsOnDemandCsv)),
    ...spot.rates,
    ...managedFeeRates(parseCsv(files.managedComputeFeesCsv)),
  ];
  const byKey = new Map<string, Rate>();
  for (const rate of ordered) byKey.set(`${rate.region}|${rate.usage}`, rate);
  const rates = withConfidence([...byKey.values()], sources).sort((a, b) => (a.region + a.usage).localeCompare(b.region + b.usage));
  const asOf =
    rates
      .map((r) => r.asOf)
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .at(-1) ?? "undated";
  const snapshot = PriceSnapshotSchema.parse({
    schemaVersion: 1,
    id: `embedded-${asOf}`,
    asOf,
    createdAt: `${asOf}T00:00:00Z`,
    description: "Embedded snapshot built from shared/data/aws-pricing (public AWS Price List data, 2021-2026; see SOURCES.md)",
    sources,
    rates,
    instanceTypes: instanceSpecs(parseCsv(files.instanceSpecsCsv)).sort((a, b) => a.instanceType.localeCompare(b.instanceType)),
  });
  // the same semantic checks every price file gets on load: a bad CSV row fails the build, naming the rate
  checkSnapshot(snapshot);
  return {
    snapshot,
    skipped: [...fargate.skipped, ...selected.skipped, ...spot.skipped, ...multiRegion.skipped, ...regional.skipped, ...extras.skipped],
  };
}
