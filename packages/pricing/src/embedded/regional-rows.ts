import { usageKeys, type Rate } from "@repo/core";
import { firstDate } from "./csv";
import { SELECTED_ITEMS } from "./ec2-rows";

/**
 * derived/ec2_ondemand_linux_multiregion_skypilot.csv (S33) → On-Demand Linux instance-hour rates in
 * ten regions. Only Linux, Shared tenancy, no pre-installed software, capacity "Used" rows are kept (the
 * file holds nothing else today; a row that is not is reported, not priced). S33 is undated: each rate
 * says so (`asOf: "undated"`), and its confidence comes from the source register (secondary).
 */
export function multiRegionOnDemandRates(rows: readonly Record<string, string>[]): { rates: Rate[]; skipped: string[] } {
  const rates: Rate[] = [];
  const skipped: string[] = [];
  for (const row of rows) {
    const plain =
      row.operating_system === "Linux" && row.tenancy === "Shared" && row.pre_installed_sw === "NA" && row.capacity_status === "Used";
    if (!plain) {
      skipped.push(
        `ec2_ondemand_linux_multiregion_skypilot.csv: ${row.region} ${row.instance_type} (${row.operating_system}/${row.tenancy})`,
      );
      continue;
    }
    rates.push({
      service: "AmazonEC2",
      region: row.region ?? "",
      usage: usageKeys.ec2InstanceHours(row.instance_type ?? "", "linux"),
      priceUsd: row.usd_per_hour ?? "",
      unit: "instance-hour",
      description: `${row.instance_type} Linux on-demand (Shared tenancy; ${row.as_of})`,
      sourceId: row.source_id ?? "",
      asOf: firstDate(row.as_of ?? ""),
    });
  }
  return { rates, skipped };
}

/** Items of regional_network_storage_rates.csv read by issue 15's reader (endpoints, gp3 extras, io2). */
const READ_ELSEWHERE = /^(vpc_interface_endpoint_|ebs_gp3_iops|ebs_gp3_throughput|ebs_io2_)/;
/** This reader's items: ALB hours/LCU, NAT hours/data, public IPv4, EBS gp3 storage (and instance rows). */
const MINE = ["alb_hour", "alb_lcu_hour", "nat_gateway_hour", "nat_gateway_data", "public_ipv4_in_use", "ebs_gp3_storage"];

/**
 * derived/regional_network_storage_rates.csv (S34–S38, S7) → Tokyo/Singapore/Ireland network and
 * storage rates and the Linux instance rows of a real Singapore bill. The AWS usage type and SKU quoted
 * in the note are kept on the rate; "LOW CONFIDENCE" rows (S38) carry that from the register.
 * @example regionalNetworkRates(rows).rates.find((r) => r.usage === "elb/alb/hours")?.usageType //=> "APN1-LoadBalancerUsage"
 */
export function regionalNetworkRates(rows: readonly Record<string, string>[]): { rates: Rate[]; skipped: string[] } {
  const rates: Rate[] = [];
  const skipped: string[] = [];
  for (const row of rows) {
    const item = row.item ?? "";
    const isInstance = item.includes(".");
    if (READ_ELSEWHERE.test(item)) continue;
    const known = MINE.includes(item) ? SELECTED_ITEMS[item] : undefined;
    if (!known && !isInstance) {
      skipped.push(`regional_network_storage_rates.csv: ${row.region} ${item}`);
      continue;
    }
    const note = row.note ?? "";
    const usageType = /usagetype (\S+?);?(\s|$)/.exec(note)?.[1];
    const sku = /SKU (\w+)/.exec(note)?.[1];
    rates.push({
      service: known?.service ?? "AmazonEC2",
      region: row.region ?? "",
      usage: known?.usage ?? usageKeys.ec2InstanceHours(item, "linux"),
      priceUsd: row.usd ?? "",
      unit: known?.unit ?? "instance-hour",
      description: `${isInstance ? `${item} Linux on-demand` : item} (${row.unit}; as of ${row.price_as_of})`,
      sourceId: row.source_id ?? "",
      asOf: firstDate(row.price_as_of ?? ""),
      ...(usageType ? { usageType } : {}),
      ...(sku ? { sku } : {}),
    });
  }
  return { rates, skipped };
}
