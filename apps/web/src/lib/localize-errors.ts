import type { FieldErrors } from "./field-errors";
import type { Locale } from "./i18n";

/**
 * Japanese wording for the web's own input messages. Messages from the core (its zod schema and
 * pricing rules, e.g. "0.3 vCPU is not a Fargate task size") are the model's words and stay English.
 */
const JA_RULES: readonly [RegExp, string][] = [
  [/^required$/, "入力してください"],
  [/^"(.*)" must be a number$/s, "「$1」は数値ではありません"],
  [/^must be 0 or more$/, "0 以上にしてください"],
  [/^must be above 0$/, "0 より大きくしてください"],
  [/^no prices for "(.*)" \(allowed: (.*)\)$/s, "「$1」の価格はスナップショットにありません(選択可能: $2)"],
];

/**
 * @example localizeErrors({ natCount: '"lots" must be a number' }, "ja") //=> { natCount: "「lots」は数値ではありません" }
 */
export function localizeErrors(errors: FieldErrors, locale: Locale): FieldErrors {
  if (locale === "en") return errors;
  const localized: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const rule = JA_RULES.find(([pattern]) => pattern.test(message));
    localized[field] = rule ? message.replace(rule[0], rule[1]) : message;
  }
  return localized;
}
