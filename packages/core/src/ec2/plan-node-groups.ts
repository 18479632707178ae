import { nested } from "../lines/line-names";
import { message, type Message } from "../messages/message";
import { coreError } from "../errors";
import { Decimal } from "../money/decimal";
import type { PriceBook } from "../price-book/price-book";
import { ec2PriceModel, type Ec2PriceModel } from "../purchase/ec2-price-model";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { HOURS_PER_MONTH } from "../units/time";
import { planOnType, type Availability, type FitCandidate } from "./cheapest-fit";
import { cheapestFitMemo } from "./cheapest-fit-memo";
import { capacitySettings } from "./capacity-settings";
import { settingsForOs } from "./windows-reservation";
import { lookupInstance } from "./instance-lookup";
import { jsonKey } from "./json-key";
import { nodeExtrasHourly, pricedInstanceTypes, type NodeExtras, type PricedType } from "./instance-price-table";
import { nodeGroupDetail } from "./node-group-utilisation";
import { isSelectable } from "./instance-filter";
import { nodeCapacity, specMemoryMib, type CapacitySettings } from "./node-capacity";
import type { InstanceSpec } from "../price-book/instance-spec";
import type { NodePlan } from "./node-plan";
import { groupServices, type Group } from "./group-services";

/** Fallback node types when no priced type fits (e.g. no Windows rates): current general purpose. */
export const FALLBACK_INSTANCE_TYPES = { x86_64: "m6i.xlarge", arm64: "m7g.xlarge" } as const;

function unpriced(spec: PricedType["spec"], extrasHourly: Decimal): PricedType {
  const zero = new Decimal(0);
  return {
    spec,
    onDemandRate: undefined,
    node: { effectiveHourly: zero, recurringHourly: zero, upfrontPerNode: zero },
    perNodeHourly: extrasHourly,
    rankKey: 0n,
    rankNumber: 0,
  };
}

/**
 * When no priced type fits: the default general-purpose type if it holds the largest task, else the
 * smallest selectable catalog type that does (so the estimate is "incomplete" for a missing rate, not
 * "ruled out" for a task that some type could run).
 */
function fallbackSpec(book: PriceBook, group: Group, selection: Scenario["ec2"]["selection"], settings: CapacitySettings): InstanceSpec {
  const fits = (spec: InstanceSpec): boolean => {
    const capacity = nodeCapacity(spec, settings);
    return group.tasks.every(
      (t) =>
        t.count === 0 ||
        (t.cpuMillicores <= capacity.packCpuMillicores && t.memoryBytes <= capacity.packMemoryBytes && capacity.maxTasks >= 1),
    );
  };
  const preferred = lookupInstance(book, FALLBACK_INSTANCE_TYPES[group.architecture], "ec2.instanceType");
  if (fits(preferred)) return preferred;
  const smallest = book.instanceTypes
    .filter((spec) => isSelectable(spec, group.architecture, selection) && fits(spec))
    .sort((a, b) => a.vcpu - b.vcpu || specMemoryMib(a) - specMemoryMib(b) || (a.instanceType < b.instanceType ? -1 : 1))[0];
  return smallest ?? preferred;
}

export type PlannedNodeGroups = { plans: NodePlan[]; ruledOutReasons: Message[]; notes: Message[]; models: Map<string, Ec2PriceModel> };

/**
 * The EC2 node groups of ECS on EC2 or EKS on EC2: one group per (architecture, OS) for always-on
 * services, one per batch service; each on the user's type or the cheapest fit, bin-packed.
 * @example planNodeGroups("ecs", parseScenario({ region: "us-east-1", services: [web3], ec2: { instanceType: "m5.large" } }), services, book).plans[0]?.nodeCount //=> 1
 */
export function planNodeGroups(
  orchestrator: "ecs" | "eks",
  scenario: Scenario,
  services: readonly ResolvedService[],
  book: PriceBook,
  options: { details?: boolean } = {},
): PlannedNodeGroups {
  const ec2 = scenario.ec2;
  const settings = capacitySettings(ec2, orchestrator);
  const availability: Availability = { minNodes: ec2.minNodes, availabilityZones: ec2.availabilityZones };
  const batchAvailability: Availability = { minNodes: 1, availabilityZones: 1 };
  const extras: NodeExtras = {
    rootVolumeGib: ec2.rootVolumeGib,
    rootVolumeType: ec2.rootVolumeType,
    publicIpv4PerNode: ec2.publicIpv4PerNode,
  };
  const purchase = scenario.purchase.ec2;
  const purchaseModels = {
    linux: ec2PriceModel(purchase, { book, region: scenario.region, os: "linux" }),
    windows: ec2PriceModel(purchase, { book, region: scenario.region, os: "windows" }),
  };
  const onDemand = ec2PriceModel({ ...purchase, option: "on-demand", discountPercent: undefined });
  const plans: NodePlan[] = [];
  const ruledOutReasons: Message[] = [];
  const notes: Message[] = [];
  const models = new Map<string, Ec2PriceModel>();
  for (const group of groupServices(services, orchestrator)) {
    const groupSettings = settingsForOs(settings, group.os);
    const model = purchaseModels[group.os];
    const isPartTime = !group.hours.equals(HOURS_PER_MONTH);
    const groupModel = model.isCommitment && isPartTime ? onDemand : model;
    if (groupModel !== model)
      notes.push(
        message("NOTE_EC2_PART_TIME_ON_DEMAND", {
          ...nested("group", group.labelMessage),
          hours: group.hours.toDecimalPlaces(2).toFixed(),
          ...nested("plan", model.labelMessage),
        }),
      );
    models.set(group.key, groupModel);
    const modelKey = groupModel === onDemand ? "on-demand" : jsonKey(purchase);
    const table = pricedInstanceTypes(book, scenario.region, group.os, groupModel, modelKey, extras);
    const groupAvailability = group.isBatch ? batchAvailability : availability;
    let fit: FitCandidate;
    let selection: "chosen" | "cheapest-fit" | "fallback" = "chosen";
    let alternatives: FitCandidate[] = [];
    let counts = { consideredCount: 1, packedCount: 1, regionCatalogCount: table.length };
    if (ec2.instanceType !== undefined) {
      const spec = lookupInstance(book, ec2.instanceType, "ec2.instanceType");
      if (spec.architecture !== group.architecture) {
        throw coreError(
          "INVALID_OPTION",
          message("ERR_INSTANCE_ARCHITECTURE", {
            instanceType: spec.instanceType,
            instanceArchitecture: spec.architecture,
            service: group.services[0] ?? "",
            architecture: group.architecture,
            field: "ec2.instanceType",
          }),
          { field: "ec2.instanceType" },
        );
      }
      fit = planOnType(
        group.tasks,
        table.find((t) => t.spec === spec) ?? unpriced(spec, nodeExtrasHourly(book, scenario.region, extras)),
        groupSettings,
        groupAvailability,
      );
    } else {
      // Without details (a totals-only run) the runners-up are never shown: the search looks for the answer alone.
      const search = cheapestFitMemo(group.tasks, table, group.architecture, ec2.selection, groupSettings, groupAvailability, {
        runnersUp: options.details !== false,
      });
      counts = { consideredCount: search.consideredCount, packedCount: search.packedCount, regionCatalogCount: table.length };
      const [best, ...rest] = search.ranked;
      if (best) {
        fit = best;
        alternatives = rest;
        selection = "cheapest-fit";
      } else {
        const spec = fallbackSpec(book, group, ec2.selection, groupSettings);
        fit = planOnType(
          group.tasks,
          table.find((t) => t.spec === spec) ?? unpriced(spec, nodeExtrasHourly(book, scenario.region, extras)),
          groupSettings,
          groupAvailability,
        );
        selection = "fallback";
        const where = { group: group.label, os: group.os, region: scenario.region, instanceType: spec.instanceType };
        notes.push(
          table.length === 0
            ? message("NOTE_EC2_FALLBACK_NONE_PRICED", where)
            : message("NOTE_EC2_FALLBACK_NONE_FITS", { ...where, pricedCount: table.length }),
        );
      }
    }
    for (const name of fit.pack.unplaceable) {
      ruledOutReasons.push(
        message("RULED_OUT_TASK_ABOVE_NODE", {
          service: name,
          instanceType: fit.priced.spec.instanceType,
          cpuMillicores: fit.capacity.packCpuMillicores,
          memoryMib: Math.floor(fit.capacity.packMemoryBytes / 1048576),
        }),
      );
    }
    const fixed = ec2.nodeCount !== undefined && !group.isBatch ? ec2.nodeCount : undefined;
    const nodeCount = fixed ?? fit.nodeCount;
    plans.push({
      key: group.key,
      label: group.label,
      labelMessage: group.labelMessage,
      spec: fit.priced.spec,
      nodeCount,
      nodesNeeded: fit.nodeCount,
      hoursPerNode: group.hours,
      services: group.services,
      requestedMillicores: group.tasks.reduce((sum, t) => sum + t.cpuMillicores * t.count, 0),
      requestedMemoryBytes: group.tasks.reduce((sum, t) => sum + t.memoryBytes * t.count, 0),
      taskCount: group.tasks.reduce((sum, t) => sum + t.count, 0),
      ...(options.details === false
        ? {}
        : {
            detail: nodeGroupDetail({
              fit,
              nodeCount,
              hours: group.hours,
              selection,
              alternatives,
              counts,
              purchaseLabel: groupModel.label,
              purchaseLabelMessage: groupModel.labelMessage,
            }),
          }),
    });
  }
  return { plans, ruledOutReasons, notes, models };
}
