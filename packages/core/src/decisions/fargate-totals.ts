import type { CostLine } from "../lines/cost-line";
import { LineBuilder } from "../lines/line-builder";
import type { Message } from "../messages/message";
import type { Decimal } from "../money/decimal";
import { CONSUMPTION_TAX_LINE_ID, CONSUMPTION_TAX_RATE } from "../patterns/consumption-tax";
import { addEcsFargateService, type FargateServiceContext } from "../patterns/ecs-fargate";
import { addEksFargateService } from "../patterns/eks-fargate";
import type { PatternEstimate, PatternId } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import { fargateRateChoice } from "../purchase/fargate-rate-choice";
import type { CoveredUsage } from "../purchase/fargate-plan-commitment";
import { exactAmountPerTask, quantityAtCount, type PerTaskQuantities } from "../resources/per-task-quantity";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import type { PatternTotals } from "./evaluate-tco";
import { scaledTerm } from "../money/ordered-sum";
import { decimalLineSum, orderedLineSum, type PerTaskLine, type Plan } from "./fargate-line-sums";

type FargateId = "ecs-fargate" | "eks-fargate";
const FARGATE_IDS: readonly FargateId[] = ["ecs-fargate", "eks-fargate"];

/**
 * The break-even solver's TCO-only evaluation of ECS and EKS on Fargate (issue 19): a Fargate bill is, in order,
 * each service's lines (a function of that service and its task count alone), then lines no task count changes,
 * then the consumption tax. The learning run records each service line's quantity term (resources/per-task-quantity.ts,
 * the function the estimator computes its quantity with) and the rate it paid; the pattern is then priced per scale by
 * adding, IN THE BILL'S ORDER, each service's amounts — quantityAtCount(term, count) × rate, LineBuilder's own
 * multiplication, memoised per service and count — and the fixed amounts: the very operations of a full run and the
 * additions `sumLines` makes, so the Decimal totals are identical (evaluate-tco.test.ts checks them against the full
 * model), without building a line (issue 19: building them was a quarter of a 1,000-service analysis). The additions are
 * whole-number ones where they are exact and decimal.js's own where it would round (money/ordered-sum.ts, fargate-line-sums.ts). The learning run
 * is itself checked: its lines must be exactly the services' lines followed by the fixed ones, each with a term that
 * gives its quantity and amount, else the pattern keeps the full run.
 * Full runs stay (fallback) when a line outside the service loop reads task counts or the bill total: a Savings
 * Plan commitment (it rewrites the covered lines and adds unused commitment), an AWS Support plan (a share of the
 * bill), Container Insights (per task) and persistent volumes; and when the pattern is not priced.
 */
export class FargateTotals {
  private readonly plans = new Map<FargateId, Plan | null>();
  private readonly eligible: boolean;
  /** Each pattern's purchase option and its On-Demand fallback, as its estimator works them out. */
  private readonly choices: Record<FargateId, Pick<FargateServiceContext, "purchase" | "choice" | "onDemand">>;

  constructor(
    private readonly base: Scenario,
    private readonly book: PriceBook,
  ) {
    this.eligible =
      base.support.plan === "none" &&
      base.observability.containerInsights !== "enhanced" &&
      !base.services.some((s) => (s.persistentVolumes ?? []).length > 0);
    const choices = (orchestrator: "ecs" | "eks") => {
      const purchase = base.purchase.fargate[orchestrator];
      const onDemand = fargateRateChoice({ ...purchase, option: "on-demand", discountPercent: undefined }, orchestrator);
      return { purchase, choice: fargateRateChoice(purchase, orchestrator), onDemand };
    };
    this.choices = { "ecs-fargate": choices("ecs"), "eks-fargate": choices("eks") };
  }

  /** The Fargate patterns this evaluator prices without their estimator. */
  ready(): Set<PatternId> {
    return new Set(FARGATE_IDS.filter((id) => this.plans.get(id)));
  }

  /** Patterns whose next full run should be learnt from. */
  wants(id: PatternId): id is FargateId {
    return this.eligible && (FARGATE_IDS as readonly PatternId[]).includes(id) && !this.plans.has(id as FargateId);
  }

  /** Learns a pattern's plan from its full run at some scale (`totals` null: not priced, so it keeps the full run). */
  learn(id: FargateId, estimate: PatternEstimate, services: readonly ResolvedService[], totals: PatternTotals | null): void {
    this.plans.set(id, null);
    if (!totals || estimate.status !== "priced" || this.choices[id].choice.termMonths > 0) return;
    const perService: PerTaskLine[][] = [];
    const amounts = services.map(() => new Map<number, Decimal[]>());
    let k = 0;
    for (const service of services) {
      const learnt = this.serviceLines(id, service);
      if (!learnt) return;
      const lines: PerTaskLine[] = [];
      for (const line of learnt.lines) {
        const billed = estimate.lines[k];
        const term = learnt.terms.get(line.id);
        if (!billed || !term || billed.id !== line.id || !billed.monthlyUsd.equals(line.monthlyUsd)) return;
        if (!quantityAtCount(term, service.taskCount).times(line.rateUsd).equals(line.monthlyUsd)) return;
        const perTaskUsd = exactAmountPerTask(term, line.rateUsd);
        lines.push({ term, rateUsd: line.rateUsd, perTaskUsd, perTaskScaled: perTaskUsd && scaledTerm(perTaskUsd) });
        k += 1;
      }
      perService.push(lines);
    }
    const rest = estimate.lines.slice(k);
    const taxed = rest[rest.length - 1]?.id === CONSUMPTION_TAX_LINE_ID;
    const fixedUsd = (taxed ? rest.slice(0, -1) : rest).map((l) => l.monthlyUsd);
    const fixedScaled = fixedUsd.map(scaledTerm);
    const plan: Plan = {
      lines: perService,
      amounts,
      scaled: services.map(() => new Map()),
      fixedUsd,
      fixedScaled: fixedScaled.every((t) => t !== undefined) ? fixedScaled : null,
      taxed,
      opsUsd: totals.opsUsd,
    };
    const check = this.total(
      plan,
      services.map((s) => s.taskCount),
    );
    if (check.infraUsd.equals(totals.infraUsd) && check.tcoUsd.equals(totals.tcoUsd)) this.plans.set(id, plan);
  }

  /** The pattern's totals on a scaled scenario of the base one (same services, other task counts); undefined when it has no plan. */
  at(id: PatternId, scenario: Scenario): PatternTotals | undefined {
    const plan = this.plans.get(id as FargateId);
    return plan
      ? this.total(
          plan,
          scenario.services.map((s) => s.taskCount),
        )
      : undefined;
  }

  private total(plan: Plan, counts: readonly number[]): PatternTotals {
    const infraUsd = orderedLineSum(plan, counts) ?? decimalLineSum(plan, counts);
    // withConsumptionTax: 10 % of the lines' sum, then the sum of the lines and the tax line.
    const taxedUsd = plan.taxed ? infraUsd.plus(infraUsd.times(CONSUMPTION_TAX_RATE)) : infraUsd;
    return { infraUsd: taxedUsd, opsUsd: plan.opsUsd, tcoUsd: plan.opsUsd.plus(taxedUsd) };
  }

  /**
   * One service's lines and their quantity terms by the estimator's own per-service function; null when it rules the
   * service out or misses a rate.
   */
  private serviceLines(id: FargateId, service: ResolvedService): { lines: CostLine[]; terms: PerTaskQuantities } | null {
    const builder = new LineBuilder(this.book, this.base.region, true);
    const reasons: Message[] = [];
    const terms: PerTaskQuantities = new Map();
    const context = { builder, ...this.choices[id], reasons, notes: [] as Message[], covered: [] as CoveredUsage[], terms };
    if (id === "ecs-fargate") addEcsFargateService(context, service);
    else addEksFargateService(context, service);
    return reasons.length > 0 || builder.missing.length > 0 ? null : { lines: builder.lines, terms };
  }
}
