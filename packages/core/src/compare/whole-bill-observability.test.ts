import { renderMessage } from "../messages/english";
import { diffResults } from "../model/result-diff";
import { estimatePortfolio } from "../portfolio/estimate-portfolio";
import { toPortfolioJson } from "../portfolio/portfolio-json";
import { embeddedPriceBook } from "../snapshot/embedded";
import { describe, expect, it } from "vitest";
import { lineUsd, pattern, usEast1 } from "./test-helpers";

// Rates: container_bill_extras_rates.csv us-east-1 — CloudWatch Logs $0.50 / IA $0.25 per GB, storage $0.03
// per GB-month (S41, S58); Container Insights enhanced observability $0.21 per million observations (S59, S50).
const web = { name: "web", taskCount: 10, vcpu: 0.25, memoryGib: 0.5 };

describe("CloudWatch Logs, per service (custom logs at the flat rate, aws.amazon.com/cloudwatch/pricing)", () => {
  it("50 GB Standard = $25.00, 20 GB stored = $0.60; a second service in Infrequent Access: 50 × $0.25 = $12.50", () => {
    const c = usEast1([
      { ...web, logIngestionGbPerMonth: 50, logStoredGb: 20 },
      { ...web, name: "batch", logIngestionGbPerMonth: 50, logClass: "infrequent-access" },
    ]);
    for (const id of ["ecs-fargate", "eks-ec2"] as const) {
      expect(lineUsd(c, id, "svc:web:logs-ingestion")).toBe("25");
      expect(lineUsd(c, id, "svc:web:logs-storage")).toBe("0.6");
      expect(lineUsd(c, id, "svc:batch:logs-ingestion")).toBe("12.5");
    }
    expect(pattern(c, "ecs-fargate").lines.find((l) => l.id === "svc:web:logs-ingestion")?.category).toBe("observability");
  });
});

describe("Container Insights (enhanced observability): which patterns pay, and how much", () => {
  const c = usEast1([web], { observability: { containerInsights: "enhanced" } });
  it("EKS on EC2, 1 cluster + 10 pods all month: (1,720 × 43,800 + 138 × 60 × 7,300) = 135.78 M × $0.21 = $28.5138 (S50)", () => {
    expect(lineUsd(c, "eks-ec2", "shared:container-insights")).toBe("28.5138");
  });
  it("EKS on Fargate: not supported (AWS: 'not supported on Fargate' for EKS enhanced observability) — no line, a note", () => {
    expect(lineUsd(c, "eks-fargate", "shared:container-insights")).toBeUndefined();
    expect(pattern(c, "eks-fargate").notes.map(renderMessage).join("\n")).toMatch(/not supported for EKS on Fargate/);
  });
  it("ECS (Fargate and EC2): priced with the same per-cluster/per-task rates, marked an approximation", () => {
    expect(lineUsd(c, "ecs-fargate", "shared:container-insights")).toBe("28.5138");
    expect(pattern(c, "ecs-ec2").notes.map(renderMessage).join("\n")).toMatch(/Container Insights \(ECS\).*approximation/);
  });
  it("two EKS clusters add 1,720 × 43,800 = 75.336 M observations: + $15.82056", () => {
    const two = usEast1([web], { observability: { containerInsights: "enhanced" }, eks: { clusterCount: 2 } });
    expect(lineUsd(two, "eks-ec2", "shared:container-insights")).toBe("44.33436");
  });
  it("off by default: no line", () => {
    expect(lineUsd(usEast1([web]), "eks-ec2", "shared:container-insights")).toBeUndefined();
  });
});

describe("usage-driven lines left at zero are listed, with the inputs that include them (honest defaults)", () => {
  it("a bare scenario lists egress, traffic, logs, ECR and snapshots; ALB LCUs when an ALB has no LCU figure", () => {
    const c = usEast1([web], { extras: { loadBalancers: { count: 1 } } });
    expect(c.notEstimated.map((n) => n.line)).toEqual([
      "internet-egress",
      "inter-region-egress",
      "cross-az-traffic",
      "log-ingestion",
      "log-storage",
      "ecr-storage",
      "ebs-snapshots",
      "alb-lcu",
    ]);
    expect(c.notEstimated[0]).toEqual({
      code: "USAGE_NOT_ESTIMATED",
      params: { line: "internet-egress", label: "internet egress", inputs: "services[].monthlyInternetEgressGb" },
      line: "internet-egress",
      inputs: ["services[].monthlyInternetEgressGb"],
    });
  });
  it("each item is a coded message the faces render from its code (core's English template)", () => {
    const item = usEast1([web]).notEstimated[0];
    expect(item && renderMessage(item)).toBe(
      "not estimated (usage left at 0): internet egress — set services[].monthlyInternetEgressGb to include it",
    );
  });
  it("diffResults carries each side's gaps: adding egress to the proposal drops internet-egress from its list only", () => {
    const base = usEast1([web]);
    const proposed = usEast1([{ ...web, monthlyInternetEgressGb: 100 }]);
    const diff = diffResults(base, proposed);
    expect(diff.notEstimated.base.map((n) => n.line)).toContain("internet-egress");
    expect(diff.notEstimated.proposed.map((n) => n.line)).not.toContain("internet-egress");
  });
  it("the portfolio JSON lists the same gaps as the estimate", () => {
    const input = { region: "us-east-1", services: [web] };
    const json = toPortfolioJson(estimatePortfolio(input, embeddedPriceBook()));
    expect(json.notEstimated.map((n) => n.line)).toEqual(usEast1([web]).notEstimated.map((n) => n.line));
  });
  it("a line with usage on any service is no longer listed", () => {
    const c = usEast1([web, { ...web, name: "api", monthlyInternetEgressGb: 10, logIngestionGbPerMonth: 1 }]);
    expect(c.notEstimated.map((n) => n.line)).not.toContain("internet-egress");
    expect(c.notEstimated.map((n) => n.line)).not.toContain("log-ingestion");
  });
});
