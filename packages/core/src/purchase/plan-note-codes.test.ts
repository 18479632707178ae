import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { renderMessage } from "../messages/english";
import { embeddedPriceBook } from "../snapshot/embedded";

// Commitment notes name their plan as a PURCHASE_* code with its own parameters ({plan:message}), so a face words
// "1-year Reserved Instances, No Upfront" in its language; core's English stays the sentence it always was.
const book = embeddedPriceBook();
const web = (taskCount: number) => ({ name: "web", taskCount, vcpu: 0.5, memoryGib: 1 });
const pattern = (id: string, purchase: object, services: object[] = [web(3)]) => {
  const found = estimateScenario(
    { region: "us-east-1", services, ec2: { instanceType: "m5.large", nodeCount: 3 }, purchase },
    book,
  ).patterns.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("commitment notes pass the plan as a code", () => {
  it("NOTE_EC2_COMMITMENT_TERM and NOTE_RESERVED_INSTANCES_UTILISATION: a 1-year Standard RI, No Upfront (the default: 12-month term)", () => {
    const p = pattern("ecs-ec2", { ec2: { option: "reserved", reservedInstances: { "m5.large": 5 } } });
    const term =
      p.purchase.flatMap((s) => s.notes).find((n) => n.code === "NOTE_EC2_COMMITMENT_TERM") ??
      p.notes.find((n) => n.code === "NOTE_EC2_COMMITMENT_TERM");
    expect(term?.params).toMatchObject({
      plan: "PURCHASE_EC2_COMMITMENT",
      termYears: 1,
      commitment: "COMMITMENT_STANDARD_RI",
      ec2Payment: "EC2_PAYMENT_NO_UPFRONT",
      termMonths: 12,
    });
    expect(term && renderMessage(term)).toBe(
      "EC2 nodes bought as 1-year Standard Reserved Instance, No Upfront: billed for every hour of the 12-month term whether nodes run or not.",
    );
    const utilisation = p.notes.find((n) => n.code === "NOTE_RESERVED_INSTANCES_UTILISATION");
    expect(utilisation?.params.plan).toBe("PURCHASE_EC2_COMMITMENT");
    // 5 RIs for 3 always-on nodes: 3 ÷ 5 = 60 % used
    expect(utilisation && renderMessage(utilisation)).toBe(
      "1-year Standard Reserved Instance, No Upfront: 5 m5.large RI(s) billed 730 h each, used or not; 3 used by always-on nodes, 0 node(s) above them On-Demand; utilisation 60%.",
    );
  });

  it("NOTE_SAVINGS_PLAN_COMMITMENT: a stated Fargate commitment names PURCHASE_FARGATE_SAVINGS_PLAN", () => {
    const p = pattern("ecs-fargate", {
      fargate: {
        ecs: { option: "compute-savings-plan", termYears: 1, payment: "no-upfront", savingsPlan: { commitmentUsdPerHour: "0.01" } },
      },
    });
    const note =
      p.notes.find((n) => n.code === "NOTE_SAVINGS_PLAN_COMMITMENT") ??
      p.purchase.flatMap((s) => s.notes).find((n) => n.code === "NOTE_SAVINGS_PLAN_COMMITMENT");
    expect(note?.params).toMatchObject({ plan: "PURCHASE_FARGATE_SAVINGS_PLAN", termYears: 1, payment: "PAYMENT_NO_UPFRONT" });
    expect(note && renderMessage(note)).toMatch(
      /^1-year Compute Savings Plan, no upfront: commitment \$0\.01\/hour × 730 h = \$7\.30\/month/,
    );
  });
});
