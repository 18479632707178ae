import { describeIssue, ScenarioSchema, type ScenarioInput, type ServiceInput } from "@repo/core";
import type { ScenarioState } from "./scenario-state";
import { addFieldError, formFieldOf, GENERAL_FIELD, type FieldIssues } from "./field-errors";
import { readNumber } from "./read-number";
import { withoutInvalidRows } from "./row-exclusion";
import type { ServiceRow } from "./service-row";
import { cellOfKey, decodeOpsHours, OPS_HOURS_CELLS, opsHoursField, opsHoursKey } from "./ops-hours";

function toService(row: ServiceRow, index: number, errors: FieldIssues): ServiceInput {
  const field = (name: keyof ServiceRow) => `services[${index}].${name}`;
  const a = readNumber(row.scheduleA, field("scheduleA"), errors);
  const b = row.scheduleKind === "hours" ? undefined : readNumber(row.scheduleB, field("scheduleB"), errors);
  const schedule =
    row.scheduleKind === "hours"
      ? { hoursPerMonth: a }
      : row.scheduleKind === "daily"
        ? { runsPerDay: a, durationSeconds: b }
        : { runsPerMonth: a, durationSeconds: b };
  return {
    name: row.name.trim(),
    taskCount: readNumber(row.count, field("count"), errors) as number,
    vcpu: readNumber(row.vcpu, field("vcpu"), errors),
    memoryGib: readNumber(row.memoryGib, field("memoryGib"), errors),
    architecture: row.arch as ServiceInput["architecture"],
    os: row.os as ServiceInput["os"],
    schedule,
    ...present("monthlyInternetEgressGb", readNumber(row.egressGb, field("egressGb"), errors, { optional: true })),
    ...present("monthlyServiceTrafficGb", readNumber(row.trafficGb, field("trafficGb"), errors, { optional: true })),
    ...present("logIngestionGbPerMonth", readNumber(row.logGb, field("logGb"), errors, { optional: true })),
  };
}

/** `{ [key]: value }`, or nothing when the value is absent (the schema's default then applies). */
const present = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/**
 * The form state → an unvalidated scenario for the core, plus every field error found on the way
 * (text that is not a number here; ranges, enums and Fargate rules by the core's own schema, so
 * the web never re-implements a rule). An empty optional field is left out, so the schema's own
 * default applies (the form's starting values come from the same defaults: schema-defaults.ts).
 * An invalid service row is left out of `input` (its index in `excludedRows`, its errors kept), so the
 * other services are still priced; `input` is null when a shared field is wrong or no row is valid.
 */
export function toScenario(state: ScenarioState): { input: ScenarioInput | null; errors: FieldIssues; excludedRows: number[] } {
  const errors: FieldIssues = {};
  const optional = (text: string, field: string) => readNumber(text, field, errors, { optional: true });
  const lcu = optional(state.albLcuPerHour, "albLcuPerHour");
  const natGb = optional(state.natMonthlyGb, "natMonthlyGb");
  const input = {
    name: "Web calculator scenario",
    region: state.region.trim(),
    services: state.services.map((row, index) => toService(row, index, errors)),
    extras: {
      loadBalancers: { count: readNumber(state.albCount, "albCount", errors), ...present("averageLcuPerHour", lcu) },
      natGateways: { count: readNumber(state.natCount, "natCount", errors), ...present("monthlyDataProcessedGb", natGb) },
    },
    eks: {
      ...present("clusterCount", optional(state.eksClusterCount, "eksClusterCount")),
      ...present("supportTier", state.eksSupportTier || undefined),
    },
    ec2: {
      ...present("instanceType", state.instanceType.trim() || undefined),
      ...present("nodeCount", optional(state.nodeCount, "nodeCount")),
      ...present("rootVolumeGib", optional(state.rootVolumeGib, "rootVolumeGib")),
      ...present("headroomPercent", optional(state.headroomPercent, "headroomPercent")),
      ...present("availabilityZones", optional(state.availabilityZones, "availabilityZones")),
      ...present("minNodes", optional(state.minNodes, "minNodes")),
    },
    purchase: toPurchase(state, errors),
    ops: toOps(state, errors),
    ...toWholeBill(state, errors),
    reporting: {
      ...present("currency", state.currency || undefined),
      ...present("jpyPerUsd", readNumber(state.jpyPerUsd, "jpyPerUsd", errors, { optional: true })),
      consumptionTax: state.consumptionTax === "yes",
    },
  } as ScenarioInput;
  validateWebOnlyFields(state, errors); // first, so a rate ≤ 0 gets the web's own message
  const result = ScenarioSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const described = describeIssue(issue, input);
      addFieldError(
        errors,
        formFieldOf(described.field),
        "CORE_RULE",
        { text: described.message, ...(described.allowed ? { allowed: described.allowed.join(", ") } : {}) },
        described.detail,
      );
    }
  }
  return { ...withoutInvalidRows(input, errors), errors };
}

/** scenario.purchase: term years are checked by the core's schema (1 or 3); empty = the schema's default. */
function toPurchase(state: ScenarioState, errors: FieldIssues): NonNullable<ScenarioInput["purchase"]> {
  const choice = (key: string, text: string) => present(key, text || undefined);
  const term = (text: string, field: string) => present("termYears", readNumber(text, field, errors, { optional: true }));
  const fargate = { ...term(state.fargateTermYears, "fargateTermYears"), ...choice("payment", state.fargatePayment) };
  return {
    ec2: { ...choice("option", state.purchaseOption), ...term(state.ec2TermYears, "ec2TermYears"), ...choice("payment", state.ec2Payment) },
    fargate: {
      ecs: { ...choice("option", state.fargateEcsOption), ...fargate },
      eks: { ...choice("option", state.fargateEksOption), ...fargate },
    },
  } as NonNullable<ScenarioInput["purchase"]>;
}

/** scenario.network / observability / storage / support: the whole-bill fieldsets (empty = the schema's default: none, 0). */
function toWholeBill(state: ScenarioState, errors: FieldIssues): Partial<ScenarioInput> {
  const optional = (text: string, field: string) => readNumber(text, field, errors, { optional: true });
  const endpoints = optional(state.endpointCount, "endpointCount");
  const endpointGb = optional(state.endpointMonthlyGb, "endpointMonthlyGb");
  const nlbs = optional(state.nlbCount, "nlbCount");
  const nlcu = optional(state.nlbNlcuPerHour, "nlbNlcuPerHour");
  return {
    network: {
      ...(endpoints !== undefined ? { interfaceEndpoints: { count: endpoints, ...present("monthlyDataProcessedGb", endpointGb) } } : {}),
      ...(nlbs !== undefined ? { networkLoadBalancers: { count: nlbs, ...present("averageNlcuPerHour", nlcu) } } : {}),
    },
    observability: { ...present("containerInsights", state.containerInsights || undefined) },
    storage: {
      ...present("ecrStorageGb", optional(state.ecrStorageGb, "ecrStorageGb")),
      ...present("ebsSnapshotGb", optional(state.ebsSnapshotGb, "ebsSnapshotGb")),
    },
    support: { ...present("plan", state.supportPlan || undefined) },
  } as Partial<ScenarioInput>;
}

/** scenario.ops: the assumptions panel (empty = the core's sourced default). */
function toOps(state: ScenarioState, errors: FieldIssues): NonNullable<ScenarioInput["ops"]> {
  const optional = (text: string, field: string) => readNumber(text, field, errors, { optional: true });
  const rate = optional(state.opsRateUsdPerHour, "opsRateUsdPerHour");
  const environments = optional(state.opsEnvironments, "opsEnvironments");
  const hours: Record<string, Record<string, number>> = {};
  for (const [key, text] of decodeOpsHours(state.opsActivityHours)) {
    const cell = cellOfKey(key);
    if (!cell) {
      addFieldError(errors, GENERAL_FIELD, "UNKNOWN_OPS_CELL", {
        key,
        allowed: OPS_HOURS_CELLS.map((c) => opsHoursKey(c.pattern, c.activity)).join(", "),
      });
      continue;
    }
    const value = optional(text, opsHoursField(cell.pattern, cell.activity));
    if (value !== undefined) hours[cell.pattern] = { ...hours[cell.pattern], [cell.activity]: value };
  }
  return {
    ...present("level", state.opsLevel || undefined),
    ...present("rateLevel", state.opsLevel || undefined),
    ...(rate !== undefined ? { engineerHourlyUsd: rate } : {}),
    ...(environments !== undefined ? { environments } : {}),
    ...present("labourMarket", state.labourMarket || undefined),
    ...(state.opsUpgradePolicy ? { upgradePolicy: state.opsUpgradePolicy } : {}),
    ...present("engineersJoiningPerYear", optional(state.opsEngineersPerYear, "opsEngineersPerYear")),
    hours,
    workload: {
      daemonSets: state.workloadDaemonSets === "yes",
      privileged: state.workloadPrivileged === "yes",
      ...present("spot", state.workloadSpot || undefined),
    },
  } as NonNullable<ScenarioInput["ops"]>;
}

/** The exchange rate must be positive (the core checks its range, 1 to 10,000 yen per dollar). */
function validateWebOnlyFields(state: ScenarioState, errors: FieldIssues): void {
  const fx = readNumber(state.jpyPerUsd, "jpyPerUsd", errors, { optional: true });
  if (fx !== undefined && fx <= 0) addFieldError(errors, "jpyPerUsd", "MUST_BE_ABOVE_ZERO");
}
