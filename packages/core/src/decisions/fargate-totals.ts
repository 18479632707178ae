import type { CostLine } from "../lines/cost-line";
import { LineBuilder } from "../lines/line-builder";
import type { Message } from "../messages/message";
import { Decimal } from "../money/decimal";
import { CONSUMPTION_TAX_LINE_ID, CONSUMPTION_TAX_RATE } from "../patterns/consumption-tax";
import { addEcsFargateService, type FargateServiceContext } from "../patterns/ecs-fargate";
import { addEksFargateService } from "../patterns/eks-fargate";
import type { PatternEstimate, PatternId } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import { fargateRateChoice } from "../purchase/fargate-rate-choice";
import type { CoveredUsage } from "../purchase/fargate-plan-commitment";
import { resolveService, type ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import type { PatternTotals } from "./evaluate-tco";

type FargateId = "ecs-fargate" | "eks-fargate";
const FARGATE_IDS: readonly FargateId[] = ["ecs-fargate", "eks-fargate"];

/** What a Fargate pattern's total is made of at any scale, learnt from one full run. */
type Plan = {
  /** Per service (scenario order): its lines' monthly amounts by task count, priced by the estimator's own per-service code. */
  amounts: Map<number, Decimal[]>[];
  /** The lines after the services' (control plane, shared lines) — no task count changes them — in bill order. */
  fixedUsd: Decimal[];
  taxed: boolean;
  /** Ops per month at the headline band: a Fargate pattern's drivers (no nodes) do not change with task counts. */
  opsUsd: Decimal;
};

/**
 * The break-even solver's TCO-only evaluation of ECS and EKS on Fargate (issue 19): a Fargate bill is, in order,
 * each service's lines (a function of that service and its task count alone), then lines no task count changes,
 * then the consumption tax. After one full run the pattern is priced per scale by adding, IN THE BILL'S ORDER,
 * each service's amounts (memoised per service and count; the estimator's own per-service function prices a
 * count not seen yet) and the fixed amounts — the very additions `sumLines` makes, so the Decimal totals are
 * identical (evaluate-tco.test.ts checks them against the full model). The learning run is itself checked: its lines
 * must be exactly the services' lines followed by the fixed ones, else the pattern keeps the full run.
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
    const amounts = services.map(() => new Map<number, Decimal[]>());
    let k = 0;
    for (const [i, service] of services.entries()) {
      const lines = this.serviceLines(id, service);
      if (!lines) return;
      for (const line of lines) {
        const billed = estimate.lines[k];
        if (!billed || billed.id !== line.id || !billed.monthlyUsd.equals(line.monthlyUsd)) return;
        k += 1;
      }
      amounts[i]?.set(
        service.taskCount,
        lines.map((l) => l.monthlyUsd),
      );
    }
    const rest = estimate.lines.slice(k);
    const taxed = rest[rest.length - 1]?.id === CONSUMPTION_TAX_LINE_ID;
    const plan: Plan = { amounts, fixedUsd: (taxed ? rest.slice(0, -1) : rest).map((l) => l.monthlyUsd), taxed, opsUsd: totals.opsUsd };
    const check = this.total(
      plan,
      id,
      services.map((s) => s.taskCount),
      (i) => services[i] as ResolvedService,
    );
    if (check?.infraUsd.equals(totals.infraUsd) && check.tcoUsd.equals(totals.tcoUsd)) this.plans.set(id, plan);
  }

  /**
   * The pattern's totals on a scaled scenario of the base one; undefined when it has no plan (or a service's lines
   * could not be priced at this count — not expected: sizes and rates do not depend on counts): then run the estimator.
   */
  at(id: PatternId, scenario: Scenario): PatternTotals | undefined {
    const plan = this.plans.get(id as FargateId);
    if (!plan) return undefined;
    const services = scenario.services;
    const counts = services.map((s) => s.taskCount);
    const totals = this.total(plan, id as FargateId, counts, (i) => resolveService(services[i] as Scenario["services"][number], i));
    if (!totals) this.plans.set(id as FargateId, null);
    return totals ?? undefined;
  }

  private total(plan: Plan, id: FargateId, counts: readonly number[], resolve: (index: number) => ResolvedService): PatternTotals | null {
    let infraUsd = new Decimal(0);
    for (const [i, count] of counts.entries()) {
      const memo = plan.amounts[i] as Map<number, Decimal[]>;
      let amounts = memo.get(count);
      if (!amounts) {
        const lines = this.serviceLines(id, resolve(i));
        if (!lines) return null;
        amounts = lines.map((l) => l.monthlyUsd);
        memo.set(count, amounts);
      }
      for (const usd of amounts) infraUsd = infraUsd.plus(usd);
    }
    for (const usd of plan.fixedUsd) infraUsd = infraUsd.plus(usd);
    // withConsumptionTax: 10 % of the lines' sum, then the sum of the lines and the tax line.
    if (plan.taxed) infraUsd = infraUsd.plus(infraUsd.times(CONSUMPTION_TAX_RATE));
    return { infraUsd, opsUsd: plan.opsUsd, tcoUsd: plan.opsUsd.plus(infraUsd) };
  }

  /** One service's lines by the estimator's own per-service function; null when it rules the service out or misses a rate. */
  private serviceLines(id: FargateId, service: ResolvedService): CostLine[] | null {
    const builder = new LineBuilder(this.book, this.base.region, true);
    const reasons: Message[] = [];
    const context = { builder, ...this.choices[id], reasons, notes: [] as Message[], covered: [] as CoveredUsage[] };
    if (id === "ecs-fargate") addEcsFargateService(context, service);
    else addEksFargateService(context, service);
    return reasons.length > 0 || builder.missing.length > 0 ? null : builder.lines;
  }
}
