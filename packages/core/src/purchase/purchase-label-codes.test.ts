import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { renderMessage } from "../messages/english";
import { embeddedPriceBook } from "../snapshot/embedded";

// A purchase summary's label and a node group's purchase label are also codes (PurchaseSummary.labelMessages,
// NodeGroupDetail.purchaseLabelMessage), so a face words "1-year Standard Reserved Instance, No Upfront" in its
// language; rendered in English they are the English label, which stays what the CLI always printed.
const book = embeddedPriceBook();
const always = (name: string) => ({ name, taskCount: 3, vcpu: 0.5, memoryGib: 1 });
const nightly = { name: "etl", taskCount: 1, vcpu: 1, memoryGib: 2, schedule: { runsPerDay: 1, durationSeconds: 3600 } };
const pattern = (id: string, purchase: object, services: object[] = [always("web")]) => {
  const found = estimateScenario({ region: "us-east-1", services, purchase }, book).patterns.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
};
const english = (summary: { labelMessages: Parameters<typeof renderMessage>[0][] }) => summary.labelMessages.map(renderMessage).join(" + ");

describe("purchase labels carry codes beside the English", () => {
  it("no purchase option: ECS on EC2 and ECS on Fargate are On-Demand (PURCHASE_ON_DEMAND)", () => {
    for (const id of ["ecs-ec2", "ecs-fargate"]) {
      const [summary] = pattern(id, {}).purchase;
      expect(summary?.labelMessages).toEqual([{ code: "PURCHASE_ON_DEMAND", params: {} }]);
      expect(summary && english(summary)).toBe("On-Demand");
      expect(summary?.label).toBe("On-Demand");
    }
  });

  it("a 1-year Standard RI, No Upfront on EC2: the summary and every node group name PURCHASE_EC2_COMMITMENT", () => {
    const p = pattern("ecs-ec2", { ec2: { option: "reserved", termYears: 1, payment: "no-upfront" } });
    const [summary] = p.purchase;
    expect(summary?.labelMessages).toEqual([
      {
        code: "PURCHASE_EC2_COMMITMENT",
        params: { termYears: 1, commitment: "COMMITMENT_STANDARD_RI", ec2Payment: "EC2_PAYMENT_NO_UPFRONT" },
      },
    ]);
    expect(summary && english(summary)).toBe("1-year Standard Reserved Instance, No Upfront");
    expect(summary?.label).toBe("1-year Standard Reserved Instance, No Upfront");
    const detail = p.nodePlans[0]?.detail;
    expect(detail?.purchaseLabel).toBe("1-year Standard Reserved Instance, No Upfront");
    expect(detail && renderMessage(detail.purchaseLabelMessage)).toBe("1-year Standard Reserved Instance, No Upfront");
  });

  it("a commitment with a part-time (batch) group: that group stays On-Demand, the summary names both as the label does", () => {
    const p = pattern("ecs-ec2", { ec2: { option: "compute-savings-plan", termYears: 3, payment: "all-upfront" } }, [
      always("web"),
      nightly,
    ]);
    const [summary] = p.purchase;
    expect(summary?.labelMessages.map((m) => m.code)).toEqual(["PURCHASE_EC2_COMMITMENT", "PURCHASE_ON_DEMAND"]);
    expect(summary?.label).toBe("3-year Compute Savings Plan, All Upfront + On-Demand");
    expect(summary && english(summary)).toBe(summary?.label);
    const batchGroup = p.nodePlans.find((plan) => plan.services.includes("etl"));
    expect(batchGroup?.detail?.purchaseLabelMessage).toEqual({ code: "PURCHASE_ON_DEMAND", params: {} });
  });

  it("EC2 Spot and Fargate Spot: PURCHASE_SPOT and PURCHASE_FARGATE_SPOT", () => {
    const ec2 = pattern("ecs-ec2", { ec2: { option: "spot" } });
    expect(ec2.purchase[0]?.labelMessages).toEqual([{ code: "PURCHASE_SPOT", params: {} }]);
    expect(ec2.nodePlans[0]?.detail && renderMessage(ec2.nodePlans[0].detail.purchaseLabelMessage)).toBe("Spot");
    const fargate = pattern("ecs-fargate", { fargate: { ecs: { option: "spot" } } });
    expect(fargate.purchase[0]?.labelMessages).toEqual([{ code: "PURCHASE_FARGATE_SPOT", params: {} }]);
    expect(fargate.purchase[0]?.label).toBe("Fargate Spot");
  });

  it("a Fargate Compute Savings Plan, 1 year, partial upfront: PURCHASE_FARGATE_SAVINGS_PLAN with its payment code", () => {
    const [summary] = pattern("ecs-fargate", {
      fargate: { ecs: { option: "compute-savings-plan", termYears: 1, payment: "partial-upfront" } },
    }).purchase;
    expect(summary?.labelMessages).toEqual([
      { code: "PURCHASE_FARGATE_SAVINGS_PLAN", params: { termYears: 1, payment: "PAYMENT_PARTIAL_UPFRONT" } },
    ]);
    expect(summary?.label).toBe("1-year Compute Savings Plan, partial upfront");
    expect(summary && english(summary)).toBe("1-year Compute Savings Plan, partial upfront");
  });
});
