import { describeIssue, ScenarioSchema, type ScenarioInput, type ServiceInput } from "@repo/core";
import type { ScenarioState } from "./scenario-state";
import { addFieldError, formFieldOf, type FieldErrors } from "./field-errors";
import { readNumber } from "./read-number";
import type { ServiceRow } from "./service-row";
import { decodeOpsHours, OPS_HOURS_CELLS, opsHoursField } from "./ops-hours";

function toService(row: ServiceRow, index: number, errors: FieldErrors): ServiceInput {
  const field = (name: keyof ServiceRow) => `services[${index}].${name}`;
  const a = readNumber(row.scheduleA, field("scheduleA"), errors);
  const b = row.scheduleKind === "hours" ? undefined : readNumber(row.scheduleB, field("scheduleB"), errors);
  const schedule =
    row.scheduleKind === "hours" ? { hoursPerMonth: a }
    : row.scheduleKind === "daily" ? { runsPerDay: a, durationSeconds: b }
    : { runsPerMonth: a, durationSeconds: b };
  return {
    name: row.name.trim(),
    taskCount: readNumber(row.count, field("count"), errors) ?? 0,
    vcpu: readNumber(row.vcpu, field("vcpu"), errors),
    memoryGib: readNumber(row.memoryGib, field("memoryGib"), errors),
    architecture: row.arch as ServiceInput["architecture"],
    os: row.os as ServiceInput["os"],
    schedule,
  };
}

/**
 * The form state → an unvalidated scenario for the core, plus every field error found on the way
 * (text that is not a number here; ranges, enums and Fargate rules by the core's own schema, so
 * the web never re-implements a rule). `input` is null when any field is wrong.
 */
export function toScenario(state: ScenarioState): { input: ScenarioInput | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const count = (text: string, field: string) => readNumber(text, field, errors);
  const albCount = count(state.albCount, "albCount") ?? 0;
  const natCount = count(state.natCount, "natCount") ?? 0;
  const lcu = readNumber(state.albLcuPerHour, "albLcuPerHour", errors, { optional: true });
  const natGb = readNumber(state.natMonthlyGb, "natMonthlyGb", errors, { optional: true });
  const nodeCount = readNumber(state.nodeCount, "nodeCount", errors, { optional: true });
  const input: ScenarioInput = {
    name: "Web calculator scenario",
    region: state.region.trim(),
    services: state.services.map((row, index) => toService(row, index, errors)),
    extras: {
      loadBalancers: { count: albCount, ...(lcu !== undefined ? { averageLcuPerHour: lcu } : {}) },
      natGateways: { count: natCount, ...(natGb !== undefined ? { monthlyDataProcessedGb: natGb } : {}) },
    },
    eks: { clusterCount: count(state.eksClusterCount, "eksClusterCount") ?? 1, supportTier: state.eksSupportTier as "standard" },
    ec2: {
      ...(state.instanceType.trim() ? { instanceType: state.instanceType.trim() } : {}),
      ...(nodeCount !== undefined ? { nodeCount } : {}),
      rootVolumeGib: count(state.rootVolumeGib, "rootVolumeGib") ?? 30,
      headroomPercent: count(state.headroomPercent, "headroomPercent") ?? 0,
      availabilityZones: count(state.availabilityZones, "availabilityZones") ?? 1,
      minNodes: count(state.minNodes, "minNodes") ?? 1,
    },
    purchase: toPurchase(state, errors),
    ops: toOps(state, errors),
  };
  const result = ScenarioSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const described = describeIssue(issue);
      const allowed = described.allowed ? ` (allowed: ${described.allowed.join(", ")})` : "";
      addFieldError(errors, formFieldOf(described.field), `${described.message}${allowed}`);
    }
  }
  validateWebOnlyFields(state, errors);
  return { input: Object.keys(errors).length === 0 ? input : null, errors };
}

/** scenario.purchase: term years stay text until the core's schema checks them (1 or 3). */
function toPurchase(state: ScenarioState, errors: FieldErrors): NonNullable<ScenarioInput["purchase"]> {
  const fargateTerm = readNumber(state.fargateTermYears, "fargateTermYears", errors);
  const fargate = { termYears: fargateTerm, payment: state.fargatePayment };
  return {
    ec2: { option: state.purchaseOption, termYears: readNumber(state.ec2TermYears, "ec2TermYears", errors), payment: state.ec2Payment },
    fargate: { ecs: { option: state.fargateEcsOption, ...fargate }, eks: { option: state.fargateEksOption, ...fargate } },
  } as NonNullable<ScenarioInput["purchase"]>;
}

/** scenario.ops: the assumptions panel (empty = the core's sourced default). */
function toOps(state: ScenarioState, errors: FieldErrors): NonNullable<ScenarioInput["ops"]> {
  const optional = (text: string, field: string) => readNumber(text, field, errors, { optional: true });
  const rate = optional(state.opsRateUsdPerHour, "opsRateUsdPerHour");
  const environments = optional(state.opsEnvironments, "opsEnvironments");
  const hours: Record<string, Record<string, number>> = {};
  decodeOpsHours(state.opsActivityHours).forEach((text, index) => {
    const cell = OPS_HOURS_CELLS[index];
    const value = cell ? optional(text, opsHoursField(cell.pattern, cell.activity)) : undefined;
    if (cell && value !== undefined) hours[cell.pattern] = { ...hours[cell.pattern], [cell.activity]: value };
  });
  return {
    level: state.opsLevel, rateLevel: state.opsLevel,
    ...(rate !== undefined ? { engineerHourlyUsd: rate } : {}),
    ...(environments !== undefined ? { environments } : {}),
    ...(state.opsUpgradePolicy ? { upgradePolicy: state.opsUpgradePolicy } : {}),
    engineersJoiningPerYear: readNumber(state.opsEngineersPerYear, "opsEngineersPerYear", errors) ?? 1,
    hours,
    workload: { daemonSets: state.workloadDaemonSets === "yes", privileged: state.workloadPrivileged === "yes", spot: state.workloadSpot },
  } as NonNullable<ScenarioInput["ops"]>;
}

/** Inputs the core does not model (exchange rate): checked here. */
function validateWebOnlyFields(state: ScenarioState, errors: FieldErrors): void {
  const fx = readNumber(state.jpyPerUsd, "jpyPerUsd", errors, { optional: true });
  if (fx !== undefined && fx <= 0) addFieldError(errors, "jpyPerUsd", "must be above 0");
}
