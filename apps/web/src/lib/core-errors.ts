import type { Message, MessageParams } from "@repo/core";
import { ENGLISH_TEMPLATES, fillTemplate } from "@repo/core";
import { renderCoreMessage } from "./core-messages";
import type { Locale } from "./i18n";

/**
 * The web's English for the core's range and option errors (issue 20 item 3): the form shows the field's
 * label and the service's name beside it, so the sentence says only what is allowed and what was typed
 * ("must be a whole number from 0 to 5,000 (got -1)"). The core's own English (the CLI's one-line error)
 * and the Japanese catalog (./ja/errors.ts) cover every other code.
 */
const WEB_ENGLISH: Record<string, string> = {
  RANGE_WHOLE: "a whole number from {min} to {max}",
  RANGE_REAL: "from {min} to {max}",
  RANGE_ABOVE: "more than {min} and at most {max}",
  ERR_OUT_OF_RANGE: "must be {range:message} (got {value})",
  ERR_OUT_OF_RANGE_NO_VALUE: "must be {range:message}",
  ERR_NOT_WHOLE: "must be {range:message} (got {value})",
  ERR_NOT_A_NUMBER: "must be {range:message} (got {value})",
  ERR_NUMBER_MISSING: "enter {range:message}",
  ERR_NOT_ONE_OF: "choose one of: {allowed}",
};

/** Numbers in a range as the user reads them: 5000 → "5,000". */
function readableParams(params: MessageParams, locale: Locale): MessageParams {
  const out: MessageParams = { ...params };
  for (const key of ["min", "max"]) {
    const value = params[key];
    if (typeof value === "number") out[key] = value.toLocaleString(locale === "ja" ? "ja-JP" : "en-US", { maximumFractionDigits: 6 });
  }
  return out;
}

/**
 * One core error sentence in the user's language.
 * @example renderCoreError({ code: "ERR_OUT_OF_RANGE", params: { value: "-1", range: "RANGE_WHOLE", min: 0, max: 5000 } }, "en") //=> "must be a whole number from 0 to 5,000 (got -1)"
 * @example renderCoreError({ code: "ERR_OUT_OF_RANGE", params: { value: "-1", range: "RANGE_WHOLE", min: 0, max: 5000 } }, "ja") //=> "-1 は範囲外です。0～5,000 の整数で指定してください"
 */
export function renderCoreError(detail: Message, locale: Locale): string {
  const params = readableParams(detail.params, locale);
  if (locale === "ja") return renderCoreMessage({ code: detail.code, params }, locale);
  const render = (code: string, p: MessageParams): string => {
    const template = WEB_ENGLISH[code] ?? (ENGLISH_TEMPLATES as Record<string, string>)[code];
    return template === undefined ? renderCoreMessage({ code, params: p }, "en") : fillTemplate(template, p, render);
  };
  return render(detail.code, params);
}
