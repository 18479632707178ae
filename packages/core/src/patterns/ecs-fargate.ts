import { message, type Message } from "../messages/message";
import { ecsFargateSize } from "../fargate/ecs-fargate-size";
import { FARGATE_LINUX_MINIMUM_SECONDS, FARGATE_WINDOWS_MINIMUM_SECONDS } from "../fargate/billing-duration";
import { LineBuilder } from "../lines/line-builder";
import { assertSpotPlatform, commitmentScope, fargateRateChoice, type FargateRateChoice } from "../purchase/fargate-rate-choice";
import { applyPlanCommitment, coveredUsage, type CoveredUsage } from "../purchase/fargate-plan-commitment";
import { fargateSummary } from "../purchase/fargate-summary";
import { addFargateTaskLines, FARGATE_INCLUDED_EPHEMERAL_GIB } from "../resources/fargate-task";
import { addPublicIpv4Line } from "../resources/public-ipv4";
import { taskAddresses, type PerTaskQuantities } from "../resources/per-task-quantity";
import { billedHoursPerTask } from "../scenario/billed-hours";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { finishPattern, type PatternContext, type PatternEstimate } from "./pattern";
import { addSharedExtraLines } from "./shared-extras";

/** What one service's ECS on Fargate lines are added with: the pattern's builder, rate choices, and where reasons, notes and covered lines go. */
export type FargateServiceContext = {
  builder: LineBuilder;
  purchase: Scenario["purchase"]["fargate"]["ecs"];
  choice: FargateRateChoice;
  onDemand: FargateRateChoice;
  reasons: Message[];
  notes: Message[];
  covered: CoveredUsage[];
  /** Collects each per-service line's quantity term by line id (resources/per-task-quantity.ts), when given. */
  terms?: PerTaskQuantities;
};

/**
 * One service's ECS on Fargate lines (task size, vCPU, memory, Windows licence, extra storage, public IPv4): the loop body
 * of `estimateEcsFargate`, also run alone per task count by the break-even's Fargate totals (decisions/fargate-totals.ts).
 */
export function addEcsFargateService(context: FargateServiceContext, service: ResolvedService): void {
  const { builder, purchase, choice, onDemand, reasons, notes, covered, terms } = context;
  if (service.platform) assertSpotPlatform(purchase, service.platform, service.name, "purchase.fargate.ecs.option");
  const decision = ecsFargateSize(service);
  if (!decision.ok) {
    reasons.push(decision.reason);
    return;
  }
  if (decision.note) notes.push(decision.note);
  if (service.os === "windows" && service.ephemeralStorageGib.greaterThan(FARGATE_INCLUDED_EPHEMERAL_GIB)) {
    notes.push(message("NOTE_WINDOWS_FARGATE_EPHEMERAL_FIXED", { service: service.name, gib: service.ephemeralStorageGib.toFixed() }));
  }
  // The 5-minute Windows minimum is unconfirmed (fargate/billing-duration.ts): say so wherever it raises a bill.
  const schedule = service.schedule;
  if (service.os === "windows" && schedule.kind === "batch" && schedule.durationSeconds.lessThan(FARGATE_WINDOWS_MINIMUM_SECONDS)) {
    notes.push(
      message("NOTE_WINDOWS_FARGATE_MINIMUM_ASSUMED", {
        service: service.name,
        durationSeconds: schedule.durationSeconds.toFixed(),
        minimumSeconds: FARGATE_WINDOWS_MINIMUM_SECONDS,
      }),
    );
  }
  const scoped = commitmentScope(choice, onDemand, service);
  if (scoped.note) notes.push(scoped.note);
  const lines = addFargateTaskLines(builder, service, decision.size, "ecs", scoped.choice, undefined, terms);
  if (scoped.choice === choice) covered.push(...coveredUsage(lines, service.platform));
  if (service.publicIpv4PerTask > 0) {
    const hours = billedHoursPerTask(service.schedule, FARGATE_LINUX_MINIMUM_SECONDS);
    const id = `svc:${service.name}:ecs-fargate-public-ipv4`;
    // addPublicIpv4Line bills addresses × hours: the `addresses` term's quantityAtCount.
    terms?.set(id, { kind: "addresses", addressesPerTask: service.publicIpv4PerTask, hoursPerMonth: hours });
    addPublicIpv4Line(builder, {
      id,
      nameMessage: message("LINE_FARGATE_PUBLIC_IPV4", { service: service.name }),
      service: service.name,
      addresses: taskAddresses(service.taskCount, service.publicIpv4PerTask),
      hoursPerMonth: hours,
      detailMessages: [message("DETAIL_TASK_IPS", { taskCount: service.taskCount, ipsPerTask: service.publicIpv4PerTask })],
    });
  }
}

/** ECS on Fargate: no control-plane fee; every task billed at its Fargate size; shared extras. */
export function estimateEcsFargate({ pattern, scenario, services, book, totalsOnly, sharedLines }: PatternContext): PatternEstimate {
  const builder = new LineBuilder(book, scenario.region, totalsOnly);
  const reasons: Message[] = [];
  const notes: Message[] = [message("NOTE_ECS_CONTROL_PLANE_FREE")];
  const purchase = scenario.purchase.fargate.ecs;
  const choice = fargateRateChoice(purchase, "ecs");
  const onDemand = fargateRateChoice({ ...purchase, option: "on-demand", discountPercent: undefined }, "ecs");
  const covered: CoveredUsage[] = [];
  const perService: FargateServiceContext = { builder, purchase, choice, onDemand, reasons, notes, covered };
  for (const service of services) addEcsFargateService(perService, service);
  // The commitment rewrites the covered lines before the shared lines, so AWS Support (last) is a share of the billed amounts.
  const commitment = choice.termMonths > 0 ? applyPlanCommitment(builder, covered, purchase.savingsPlan, choice) : undefined;
  notes.push(...addSharedExtraLines(builder, scenario, { pattern, services, ...(sharedLines ? { memo: sharedLines } : {}) }));
  const summary = fargateSummary(choice, commitment ? commitment.commitmentLines : covered.map((c) => c.line));
  notes.push(...summary.notes, ...(commitment?.notes ?? []));
  return finishPattern(pattern, builder, { reasons, notes, purchase: [summary] });
}
