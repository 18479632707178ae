import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EmbeddedSources } from "./build-embedded-snapshot";

/** Reads the embedded snapshot's inputs from a shared/data/aws-pricing folder. */
export function readSharedSources(pricingDir: string): EmbeddedSources {
  const read = (file: string): string => readFileSync(join(pricingDir, file), "utf8");
  return {
    sourcesMarkdown: read("SOURCES.md"),
    fargateRatesCsv: read("derived/fargate_rates.csv"),
    eksRatesCsv: read("derived/eks_rates.csv"),
    ec2OnDemandCsv: read("derived/ec2_ondemand_linux_us-east-1_karpenter_2026-07-20.csv"),
    selectedRatesCsv: read("derived/ec2_ebs_elb_vpc_rates_selected.csv"),
    instanceSpecsCsv: read("derived/ec2_instance_specs.csv"),
    multiRegionOnDemandCsv: read("derived/ec2_ondemand_linux_multiregion_skypilot.csv"),
    regionalNetworkCsv: read("derived/regional_network_storage_rates.csv"),
    spotSnapshotCsv: read("derived/ec2_spot_snapshot_skypilot.csv"),
    managedComputeFeesCsv: read("derived/managed_compute_fees.csv"),
  };
}
