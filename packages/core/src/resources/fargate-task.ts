import { FARGATE_LINUX_MINIMUM_SECONDS, FARGATE_WINDOWS_MINIMUM_SECONDS } from "../fargate/billing-duration";
import { nested, platformCode } from "../lines/line-names";
import { message } from "../messages/message";
import { CPU_UNITS_PER_VCPU, type FargateSize } from "../fargate/task-sizes";
import type { CostLine } from "../lines/cost-line";
import { fmt, type LineBuilder, type LineRequest } from "../lines/line-builder";
import { addDerivedLine } from "../purchase/derived-line";
import type { FargateRateChoice } from "../purchase/fargate-rate-choice";
import { Decimal } from "../money/decimal";
import { usageKeys, type FargatePlatform } from "../price-book/usage-keys";
import { billedHoursPerTask } from "../scenario/billed-hours";
import type { ResolvedService } from "../scenario/resolve-service";
import { quantityAtCount, type PerTaskQuantities, type PerTaskQuantity } from "./per-task-quantity";
import { memoEntry } from "../util/memo-entry";

/**
 * AWS Fargate tasks (ECS) or pods (EKS) of one service.
 * Product: https://aws.amazon.com/fargate/   Pricing: https://aws.amazon.com/fargate/pricing/
 * Monthly = tasks × billed hours × (vCPU × $/vCPU-hour + GB × $/GB-hour)
 *         [+ Windows: tasks × hours × vCPU × OS licence $/vCPU-hour]
 *         [+ Linux: storage above the included 20 GB: tasks × hours × extra GB × $/GB-hour; Windows tasks
 *            have a fixed, non-configurable 20 GiB, so none is billed]
 * Billed hours: per second, 1-minute minimum (Windows 5 minutes) per run.
 * Example (us-east-1, Linux/x86, S2): 2 tasks × 730 h × (0.5 × 0.04048 + 1 × 0.004445) = 1460 × 0.024685 = $36.0401.
 * Fargate Spot (S8): 2 tasks × 730 h × (0.5 × 0.01288871 + 1 × 0.00141527) = 1460 × 0.007859625 = $11.4750525
 * vCPU and memory lines follow the purchase option (purchase/fargate-rate-choice.ts); the Windows
 * licence and extra ephemeral storage stay on-demand.
 * Returns the vCPU and memory lines (the ones a purchase option covers). Each line's quantity is a `PerTaskQuantity`
 * (resources/per-task-quantity.ts), recorded in `terms` when given (the break-even's Fargate totals).
 */
export const FARGATE_INCLUDED_EPHEMERAL_GIB = new Decimal(20);

/** vCPU and GB of a Fargate size, worked out once per size (the size tables are shared by every run). */
const unitsOfSize = new WeakMap<FargateSize, { vcpu: Decimal; memoryGb: Decimal }>();
function sizeUnits(size: FargateSize): { vcpu: Decimal; memoryGb: Decimal } {
  return memoEntry(unitsOfSize, size, () => ({
    vcpu: new Decimal(size.cpuUnits).div(CPU_UNITS_PER_VCPU),
    memoryGb: new Decimal(size.memoryMib).div(1024),
  }));
}

export function addFargateTaskLines(
  builder: LineBuilder,
  service: ResolvedService,
  size: FargateSize,
  prefix: "ecs" | "eks",
  purchase?: FargateRateChoice,
  /** The platform the rates are taken at (EKS on Fargate prices arm64 pods at Linux/x86); default the service's. */
  pricedPlatform?: FargatePlatform,
  terms?: PerTaskQuantities,
): CostLine[] {
  const platform = pricedPlatform ?? service.platform;
  if (!platform) return [];
  const isWindows = platform === "windows-x86";
  const hoursPerTask = billedHoursPerTask(service.schedule, isWindows ? FARGATE_WINDOWS_MINIMUM_SECONDS : FARGATE_LINUX_MINIMUM_SECONDS);
  const { vcpu, memoryGb } = sizeUnits(size);
  /** The line's quantity at this service's task count, its term recorded for the Fargate totals. */
  const quantity = (lineId: string, unitsPerTask: Decimal): Decimal => {
    const term: PerTaskQuantity = { kind: "task-hours", hoursPerTask, unitsPerTask };
    terms?.set(lineId, term);
    return quantityAtCount(term, service.taskCount);
  };
  const base = {
    taskCount: service.taskCount,
    unitWord: prefix === "ecs" ? "DETAIL_WORD_TASKS" : "DETAIL_WORD_PODS",
    hoursPerTask: fmt(hoursPerTask),
  };
  const id = `svc:${service.name}:${prefix}-fargate`;

  const option = purchase && purchase.labelMessage.code !== "PURCHASE_ON_DEMAND" ? nested("purchase", purchase.labelMessage) : undefined;
  const named = (plain: "LINE_FARGATE_VCPU" | "LINE_FARGATE_MEMORY") =>
    option
      ? message(`${plain}_PURCHASE`, { service: service.name, platform: platformCode(platform), ...option })
      : message(plain, { service: service.name, platform: platformCode(platform) });
  const add = (request: LineRequest): CostLine | undefined =>
    purchase?.derivation ? addDerivedLine(builder, request, purchase.derivation) : builder.add(request);
  const covered = [
    add({
      id: `${id}-vcpu`,
      nameMessage: named("LINE_FARGATE_VCPU"),
      category: "compute",
      service: service.name,
      usage: purchase ? purchase.vcpuUsage(platform) : usageKeys.fargateVcpuHours(platform),
      quantity: quantity(`${id}-vcpu`, vcpu),
      detailMessages: [message("DETAIL_FARGATE_VCPU", { ...base, vcpu: fmt(vcpu) })],
    }),
    add({
      id: `${id}-memory`,
      nameMessage: named("LINE_FARGATE_MEMORY"),
      category: "compute",
      service: service.name,
      usage: purchase ? purchase.gbUsage(platform) : usageKeys.fargateGbHours(platform),
      quantity: quantity(`${id}-memory`, memoryGb),
      detailMessages: [message("DETAIL_FARGATE_MEMORY", { ...base, memoryGb: fmt(memoryGb) })],
    }),
  ].filter((line): line is CostLine => line !== undefined);
  if (isWindows) {
    builder.add({
      id: `${id}-windows-license`,
      nameMessage: message("LINE_FARGATE_WINDOWS_LICENCE", { service: service.name }),
      category: "license",
      service: service.name,
      usage: usageKeys.fargateWindowsLicenseVcpuHours(),
      quantity: quantity(`${id}-windows-license`, vcpu),
      detailMessages: [message("DETAIL_FARGATE_VCPU", { ...base, vcpu: fmt(vcpu) })],
    });
  }
  // Windows tasks get a fixed 20 GiB that cannot be configured, so nothing above it is billed
  // (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html).
  if (isWindows) return covered;
  const extraStorageGib = Decimal.max(service.ephemeralStorageGib.minus(FARGATE_INCLUDED_EPHEMERAL_GIB), 0);
  builder.add({
    id: `${id}-ephemeral`,
    nameMessage: message("LINE_FARGATE_EPHEMERAL_STORAGE", { service: service.name }),
    category: "storage",
    service: service.name,
    usage: usageKeys.fargateEphemeralStorageGbHours(),
    quantity: quantity(`${id}-ephemeral`, extraStorageGib),
    detailMessages: [message("DETAIL_FARGATE_EXTRA_STORAGE", { ...base, extraStorageGib: fmt(extraStorageGib) })],
  });
  return covered;
}
