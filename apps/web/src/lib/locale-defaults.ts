import type { Locale } from "./i18n";
import type { ScenarioState } from "./scenario-state";

/**
 * The defaults a locale suggests (issue 21): in Japanese, amounts in JPY and the `jp` labour market
 * (MHLW/METI engineer rates). Applied only to fields the user left empty, and shown in the form as the
 * selected value marked "suggested" — visible and changeable, never a silent switch. English keeps the
 * core's defaults (USD, `us`); a Japanese region there gets the core's visible suggestion instead.
 * @example withLocaleDefaults({ ...state, currency: "", labourMarket: "" }, "ja") //=> { ...state, currency: "JPY", labourMarket: "jp" }
 */
export function withLocaleDefaults(state: ScenarioState, locale: Locale): ScenarioState {
  if (locale !== "ja") return state;
  return { ...state, currency: state.currency || "JPY", labourMarket: state.labourMarket || "jp" };
}

/** Which fields of the state hold a locale suggestion rather than the user's own choice. */
export function localeSuggested(state: ScenarioState, locale: Locale): { currency: boolean; labourMarket: boolean } {
  return { currency: locale === "ja" && state.currency === "", labourMarket: locale === "ja" && state.labourMarket === "" };
}
