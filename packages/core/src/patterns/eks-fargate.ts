import { message, type Message } from "../messages/message";
import { CPU_UNITS_PER_VCPU } from "../fargate/task-sizes";
import { LineBuilder } from "../lines/line-builder";
import { commitmentScope, fargateRateChoice } from "../purchase/fargate-rate-choice";
import { applyPlanCommitment, coveredUsage, type CoveredUsage } from "../purchase/fargate-plan-commitment";
import { fargateSummary } from "../purchase/fargate-summary";
import { addEksClusterLines, extendedSupportCause } from "../resources/eks-cluster";
import { addFargateTaskLines } from "../resources/fargate-task";
import { bytesToGib, millicoresToVcpu } from "../units/data-size";
import { finishPattern, type PatternContext, type PatternEstimate } from "./pattern";
import { addSharedExtraLines } from "./shared-extras";
import type { FargateServiceContext } from "./ecs-fargate";
import type { ResolvedService } from "../scenario/resolve-service";

/**
 * EKS on Fargate runs x86_64 pods only: "Windows Operating System and ARM CPU Architecture are currently
 * only available for Amazon ECS" (https://aws.amazon.com/fargate/pricing/, footnote 1; Graviton for EKS
 * Fargate is still the open request aws/containers-roadmap#1629). An arm64 service is priced at Linux/x86.
 */
/**
 * One service's EKS on Fargate lines (pod size, vCPU and memory at Linux/x86 rates): the loop body of `estimateEksFargate`,
 * also run alone per task count by the break-even's Fargate totals (decisions/fargate-totals.ts).
 */
export function addEksFargateService(context: Omit<FargateServiceContext, "purchase">, service: ResolvedService): void {
  const { builder, choice, onDemand, reasons, notes, covered } = context;
  if (service.os === "windows") {
    reasons.push(message("RULED_OUT_EKS_FARGATE_WINDOWS", { service: service.name }));
    return;
  }
  const sizing = service.eksFargate;
  const asked = () => ({
    service: service.name,
    vcpu: millicoresToVcpu(sizing.request.cpuMillicores).toFixed(),
    memoryGb: bytesToGib(sizing.neededMemoryBytes).toDecimalPlaces(3).toFixed(),
  });
  if (!sizing.fits) {
    reasons.push(message("RULED_OUT_EKS_FARGATE_POD_TOO_LARGE", asked()));
    return;
  }
  // A totals-only run (the analysis's scaled runs) reads no note: the per-pod size note is not worded.
  if (!builder.totalsOnly) {
    notes.push(
      message("NOTE_EKS_FARGATE_POD_SIZE", {
        ...asked(),
        billedVcpu: sizing.size.cpuUnits / CPU_UNITS_PER_VCPU,
        billedMemoryGb: sizing.size.memoryMib / 1024,
      }),
    );
  }
  if (service.publicIpv4PerTask > 0) notes.push(message("NOTE_EKS_FARGATE_NO_PUBLIC_IPV4", { service: service.name }));
  if (service.architecture === "arm64") notes.push(message("NOTE_EKS_FARGATE_X86_ONLY", { service: service.name }));
  const scoped = commitmentScope(choice, onDemand, service);
  if (scoped.note) notes.push(scoped.note);
  const lines = addFargateTaskLines(builder, service, sizing.size, "eks", scoped.choice, "linux-x86", context.terms);
  if (scoped.choice === choice) covered.push(...coveredUsage(lines, "linux-x86"));
}

/**
 * EKS on Fargate: cluster fee + one Fargate "node" per pod, sized by the EKS rule
 * (max(init, sum) + 256 MB, rounded up to a valid size). No Windows pods, max 16 vCPU / 120 GB.
 */
export function estimateEksFargate({ pattern, scenario, services, book, totalsOnly, sharedLines }: PatternContext): PatternEstimate {
  const builder = new LineBuilder(book, scenario.region, totalsOnly);
  const reasons: Message[] = [];
  const notes: Message[] = [];
  const choice = fargateRateChoice(scenario.purchase.fargate.eks, "eks");
  const onDemand = fargateRateChoice({ ...scenario.purchase.fargate.eks, option: "on-demand", discountPercent: undefined }, "eks");
  const covered: CoveredUsage[] = [];
  const perService = { builder, choice, onDemand, reasons, notes, covered };
  for (const service of services) addEksFargateService(perService, service);
  notes.push(...addEksClusterLines(builder, scenario.eks, extendedSupportCause(scenario)));
  // The commitment rewrites the covered lines before the shared lines, so AWS Support (last) is a share of the billed amounts.
  const commitment =
    choice.termMonths > 0 ? applyPlanCommitment(builder, covered, scenario.purchase.fargate.eks.savingsPlan, choice) : undefined;
  notes.push(...addSharedExtraLines(builder, scenario, { pattern, services, ...(sharedLines ? { memo: sharedLines } : {}) }));
  const summary = fargateSummary(choice, commitment ? commitment.commitmentLines : covered.map((c) => c.line));
  notes.push(...summary.notes, ...(commitment?.notes ?? []));
  return finishPattern(pattern, builder, { reasons, notes, purchase: [summary] });
}
