import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { containerBillExtrasRates, regionalWholeBillRates, windowsOnDemandRates } from "./whole-bill-rows";

describe("container_bill_extras_rates.csv rows (issue 15)", () => {
  const csv = [
    "region,service,item,usd,unit,price_as_of,source_id,note,tier_from,tier_to",
    "us-east-1,AWSDataTransfer,dt_out_internet_free_allowance,0,per GB (first 100 GB/month),2026-09-16 (AWSDataTransfer pub),S39,x,0,100",
    "us-east-1,AWSDataTransfer,dt_out_internet_tier2_next_40TB,0.085,per GB,2026-09-16,S39;S41,,10240,51200",
    "global (per account or aggregated; see note),AWSSupport,business_pct_tier2,0.07,fraction of monthly AWS charges,AWS page example,S52,,10000,80000",
    "us-east-1,AmazonCloudWatch,custom_metrics_tier1_first_10k,0.30,per metric-month,2026-06-27,S49,,0,10000",
  ].join("\n");
  const { rates, skipped } = containerBillExtrasRates(parseCsv(csv));
  it("maps tiers to usage keys; Support rates are global (S52); the $0 free allowance is a core quantity, not a rate", () => {
    expect(rates.map((r) => `${r.region} ${r.usage} ${r.priceUsd} ${r.unit}`)).toEqual([
      "us-east-1 data-transfer/internet-out/tier-2/gb 0.085 GB",
      "global support/business/tier-2/share 0.07 USD",
    ]);
    expect(rates[0]).toMatchObject({ service: "AWSDataTransfer", sourceId: "S39;S41", asOf: "2026-09-16" });
    expect(rates[1]?.asOf).toBe("undated");
  });
  it("reports an item the model does not price instead of guessing", () => {
    expect(skipped).toEqual([
      "container_bill_extras_rates.csv: us-east-1 dt_out_internet_free_allowance",
      "container_bill_extras_rates.csv: us-east-1 custom_metrics_tier1_first_10k",
    ]);
  });
});

describe("regional / selected rows owned by this reader", () => {
  it("takes endpoint, gp3-extras and NLCU rows and leaves ALB/NAT/storage rows to the other readers", () => {
    const csv = [
      "region,item,usd,unit,price_as_of,source_id,note",
      "ap-northeast-1,vpc_interface_endpoint_hour,0.014,per endpoint per AZ-hour,2026-09-25,S35,x",
      "ap-northeast-1,ebs_gp3_throughput_over_125MBps,0.048,per MiBps-month,undated,S36,y",
      "ap-northeast-1,alb_hour,0.0243,per ALB-hour,2026-08-27,S34,z",
      "us-east-1,nlb_nlcu_hour,0.006,per NLCU-hour,2026-09-20,S11;S9,",
    ].join("\n");
    expect(regionalWholeBillRates(parseCsv(csv)).map((r) => `${r.region} ${r.usage} ${r.unit}`)).toEqual([
      "ap-northeast-1 vpc/interface-endpoint/az-hours endpoint-AZ-hour",
      "ap-northeast-1 ebs/gp3/throughput-over-125/mibps-months MBps-month",
      "us-east-1 elb/nlb/nlcu-hours NLCU-hour",
    ]);
  });
});

describe("ec2_ondemand_windows_selected.csv rows", () => {
  it("keep basis=derived in the rate (the line then says so) and observed rows as observed", () => {
    const csv = [
      "region,instance_type,usd_per_hour,operating_system,tenancy,license_model,as_of,source_id,basis,note",
      'us-east-1,m5.large,0.188,Windows,Shared,License Included,Linux price as of 2026-07-20; license rate docs read 2026,S51;S5,derived,"DERIVED, not an observed price"',
      "eu-west-1,r6i.4xlarge,1.864,Windows,Shared,License Included,2026-08-06 (price list),S47,observed,matches",
    ].join("\n");
    const rates = windowsOnDemandRates(parseCsv(csv));
    expect(rates.map((r) => `${r.usage} ${r.priceUsd} ${r.basis}`)).toEqual([
      "ec2/on-demand/windows/m5.large 0.188 derived",
      "ec2/on-demand/windows/r6i.4xlarge 1.864 observed",
    ]);
    expect(rates[0]?.description).toMatch(/DERIVED, not an observed price/);
    expect(rates[0]?.asOf).toBe("2026-07-20");
  });
});
