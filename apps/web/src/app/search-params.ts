/**
 * The URL schema of the calculator: the only place URL keys appear. Every input is kept as the text
 * the user typed (a bad value in a link is shown beside its field, never dropped), with short keys.
 * `v` is the schema version: bump it when a key changes meaning and migrate old links in
 * `migrateState` instead of breaking them.
 */
import {
  createLoader,
  createParser,
  createSerializer,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
  type UrlKeys,
} from "nuqs/server";
import { LOCALES } from "../lib/i18n";
import { SMALL_WEB_APP } from "../lib/presets";
import type { ScenarioState } from "../lib/scenario-state";
import { opsHoursFromV2 } from "../lib/ops-hours-v2";
import { decodeRows, encodeRows, type ServiceRow } from "../lib/service-row";
import { MANAGED_PATTERNS_CHOICES } from "../lib/visible-patterns";

export const STATE_VERSION = 3;

const parseAsServiceRows = createParser<ServiceRow[]>({
  parse: (text) => decodeRows(text),
  serialize: (rows) => encodeRows(rows),
  eq: (a, b) => encodeRows(a) === encodeRows(b),
});

const text = (fallback: string) => parseAsString.withDefault(fallback);
const defaults: ScenarioState = SMALL_WEB_APP.state;

export const calculatorParsers = {
  version: parseAsInteger.withDefault(STATE_VERSION),
  locale: parseAsStringLiteral(LOCALES).withDefault("en"),
  /** Show or hide the managed-node patterns (a view setting, not a scenario input; default show). */
  managedPatterns: parseAsStringLiteral(MANAGED_PATTERNS_CHOICES).withDefault("show"),
  region: text(defaults.region),
  services: parseAsServiceRows.withDefault(defaults.services),
  albCount: text(defaults.albCount),
  albLcuPerHour: text(defaults.albLcuPerHour),
  natCount: text(defaults.natCount),
  natMonthlyGb: text(defaults.natMonthlyGb),
  eksClusterCount: text(defaults.eksClusterCount),
  eksSupportTier: text(defaults.eksSupportTier),
  eksControlPlaneTier: text(defaults.eksControlPlaneTier),
  instanceType: text(defaults.instanceType),
  nodeCount: text(defaults.nodeCount),
  rootVolumeGib: text(defaults.rootVolumeGib),
  headroomPercent: text(defaults.headroomPercent),
  availabilityZones: text(defaults.availabilityZones),
  minNodes: text(defaults.minNodes),
  purchaseOption: text(defaults.purchaseOption),
  ec2TermYears: text(defaults.ec2TermYears),
  ec2Payment: text(defaults.ec2Payment),
  fargateEcsOption: text(defaults.fargateEcsOption),
  fargateEksOption: text(defaults.fargateEksOption),
  fargateTermYears: text(defaults.fargateTermYears),
  fargatePayment: text(defaults.fargatePayment),
  opsLevel: text(defaults.opsLevel),
  opsRateUsdPerHour: text(defaults.opsRateUsdPerHour),
  opsEnvironments: text(defaults.opsEnvironments),
  opsUpgradePolicy: text(defaults.opsUpgradePolicy),
  opsEngineersPerYear: text(defaults.opsEngineersPerYear),
  opsActivityHours: text(defaults.opsActivityHours),
  workloadDaemonSets: text(defaults.workloadDaemonSets),
  workloadPrivileged: text(defaults.workloadPrivileged),
  workloadSpot: text(defaults.workloadSpot),
  endpointCount: text(defaults.endpointCount),
  endpointMonthlyGb: text(defaults.endpointMonthlyGb),
  nlbCount: text(defaults.nlbCount),
  nlbNlcuPerHour: text(defaults.nlbNlcuPerHour),
  containerInsights: text(defaults.containerInsights),
  ecrStorageGb: text(defaults.ecrStorageGb),
  ebsSnapshotGb: text(defaults.ebsSnapshotGb),
  supportPlan: text(defaults.supportPlan),
  jpyPerUsd: text(defaults.jpyPerUsd),
  currency: text(defaults.currency),
  labourMarket: text(defaults.labourMarket),
  consumptionTax: text(defaults.consumptionTax),
};

export const calculatorUrlKeys = {
  version: "v",
  locale: "l",
  managedPatterns: "mp",
  region: "r",
  services: "s",
  albCount: "alb",
  albLcuPerHour: "lcu",
  natCount: "nat",
  natMonthlyGb: "natgb",
  eksClusterCount: "eks",
  eksSupportTier: "tier",
  /** Added with issue 16 (no version bump: a link without it keeps the schema default, "standard" = no tier). */
  eksControlPlaneTier: "cpt",
  instanceType: "it",
  nodeCount: "nodes",
  rootVolumeGib: "ebs",
  headroomPercent: "hr",
  availabilityZones: "az",
  minNodes: "minn",
  purchaseOption: "po",
  ec2TermYears: "pot",
  ec2Payment: "pop",
  fargateEcsOption: "fpe",
  fargateEksOption: "fpk",
  fargateTermYears: "fpt",
  fargatePayment: "fpp",
  opsLevel: "opsl",
  opsRateUsdPerHour: "opsr",
  opsEnvironments: "env",
  opsUpgradePolicy: "upg",
  opsEngineersPerYear: "join",
  opsActivityHours: "oph",
  workloadDaemonSets: "ds",
  workloadPrivileged: "priv",
  workloadSpot: "spot",
  endpointCount: "vpce",
  endpointMonthlyGb: "vpcegb",
  nlbCount: "nlb",
  nlbNlcuPerHour: "nlcu",
  containerInsights: "ci",
  ecrStorageGb: "ecr",
  ebsSnapshotGb: "snap",
  supportPlan: "sup",
  jpyPerUsd: "fx",
  currency: "cur",
  labourMarket: "lm",
  consumptionTax: "tax",
} satisfies UrlKeys<typeof calculatorParsers>;

export type CalculatorState = inferParserType<typeof calculatorParsers>;
export type { ScenarioState };
// Compile-time check: the parsers produce exactly the hand-written ScenarioState (plus version, locale).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const parsersMatchState: Same<Omit<CalculatorState, "version" | "locale" | "managedPatterns">, ScenarioState> = true;
void parsersMatchState;

export const loadCalculatorState = createLoader(calculatorParsers, { urlKeys: calculatorUrlKeys });

/** Full, explicit links (defaults included), so a shared link keeps its meaning if defaults change. */
export const serializeCalculatorState = createSerializer(calculatorParsers, { urlKeys: calculatorUrlKeys, clearOnDefault: false });

const FARGATE_CHOICE_OF_V1: Record<string, string> = {
  "on-demand": "on-demand",
  spot: "spot",
  "savings-plan-1y-no-upfront": "compute-savings-plan",
};

/**
 * Brings state from an older link up to the current version, one step at a time; a link from a
 * newer version is reported rather than misread.
 * - v1 → v2: `po` held a Fargate placeholder choice (nothing was priced by it); it now means the EC2
 *   purchase option, so a v1 value moves to ECS Fargate (`fpe`) and EC2 stays On-Demand. v1's
 *   `opsr`/`opsh` were placeholders too: the core's defaults apply.
 * - v2 → v3: `oph` (ops-hours overrides) was positional over the four patterns of the time; it is now
 *   keyed by pattern id (see ops-hours.ts), so patterns added later cannot shift it.
 */
export function migrateState(state: CalculatorState): { state: CalculatorState; warning?: "newer-version" } {
  if (state.version > STATE_VERSION) return { state, warning: "newer-version" };
  let migrated = state;
  if (migrated.version <= 1) {
    migrated = {
      ...migrated,
      version: 2,
      fargateEcsOption: FARGATE_CHOICE_OF_V1[migrated.purchaseOption] ?? migrated.fargateEcsOption,
      purchaseOption: defaults.purchaseOption,
      opsRateUsdPerHour: defaults.opsRateUsdPerHour,
    };
  }
  if (migrated.version === 2) migrated = { ...migrated, version: 3, opsActivityHours: opsHoursFromV2(migrated.opsActivityHours) };
  return { state: { ...migrated, version: STATE_VERSION } };
}
