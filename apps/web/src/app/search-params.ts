/**
 * The URL schema of the calculator: the only place URL keys appear. Every input is kept as the text
 * the user typed (a bad value in a link is shown beside its field, never dropped), with short keys.
 * `v` is the schema version: bump it when a key changes meaning and migrate old links in
 * `migrateState` instead of breaking them.
 */
import {
  createLoader, createParser, createSerializer, parseAsInteger, parseAsString, parseAsStringLiteral,
  type inferParserType, type UrlKeys,
} from "nuqs/server";
import { LOCALES } from "../lib/i18n";
import { SMALL_WEB_APP } from "../lib/presets";
import type { ScenarioState } from "../lib/scenario-state";
import { decodeRows, encodeRows, type ServiceRow } from "../lib/service-row";

export const STATE_VERSION = 1;

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
  region: text(defaults.region),
  services: parseAsServiceRows.withDefault(defaults.services),
  albCount: text(defaults.albCount),
  albLcuPerHour: text(defaults.albLcuPerHour),
  natCount: text(defaults.natCount),
  natMonthlyGb: text(defaults.natMonthlyGb),
  eksClusterCount: text(defaults.eksClusterCount),
  eksSupportTier: text(defaults.eksSupportTier),
  instanceType: text(defaults.instanceType),
  nodeCount: text(defaults.nodeCount),
  rootVolumeGib: text(defaults.rootVolumeGib),
  purchaseOption: text(defaults.purchaseOption),
  opsRateUsdPerHour: text(defaults.opsRateUsdPerHour),
  opsHoursPerMonth: text(defaults.opsHoursPerMonth),
  jpyPerUsd: text(defaults.jpyPerUsd),
};

export const calculatorUrlKeys = {
  version: "v", locale: "l", region: "r", services: "s",
  albCount: "alb", albLcuPerHour: "lcu", natCount: "nat", natMonthlyGb: "natgb",
  eksClusterCount: "eks", eksSupportTier: "tier",
  instanceType: "it", nodeCount: "nodes", rootVolumeGib: "ebs",
  purchaseOption: "po", opsRateUsdPerHour: "opsr", opsHoursPerMonth: "opsh", jpyPerUsd: "fx",
} satisfies UrlKeys<typeof calculatorParsers>;

export type CalculatorState = inferParserType<typeof calculatorParsers>;
export type { ScenarioState };
// Compile-time check: the parsers produce exactly the hand-written ScenarioState (plus version, locale).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const parsersMatchState: Same<Omit<CalculatorState, "version" | "locale">, ScenarioState> = true;
void parsersMatchState;

export const loadCalculatorState = createLoader(calculatorParsers, { urlKeys: calculatorUrlKeys });

/** Full, explicit links (defaults included), so a shared link keeps its meaning if defaults change. */
export const serializeCalculatorState = createSerializer(calculatorParsers, { urlKeys: calculatorUrlKeys, clearOnDefault: false });

/**
 * Brings state from an older link up to the current version. Version 1 is the first, so there is
 * nothing to migrate yet; a link from a newer version is reported rather than misread.
 */
export function migrateState(state: CalculatorState): { state: CalculatorState; warning?: "newer-version" } {
  if (state.version > STATE_VERSION) return { state, warning: "newer-version" };
  return { state: { ...state, version: STATE_VERSION } };
}
