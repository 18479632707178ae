import { ENGLISH_TEMPLATES, fillTemplate, type Message, type MessageParams } from "@repo/core";
import type { Locale } from "./i18n";
import { JA_TEMPLATES } from "./ja";

/**
 * The core's messages (codes + parameters) in the web's languages. English is the core's own table;
 * Japanese is the web's one catalog (./ja: every core code, terms from shared/docs/glossary-ja.csv).
 */
const templateOf = (code: string, locale: Locale): string | undefined =>
  (locale === "ja" ? (JA_TEMPLATES as Record<string, string>)[code] : undefined) ?? (ENGLISH_TEMPLATES as Record<string, string>)[code];

/**
 * One core message in the user's language. A message that holds another code (a constraint's
 * ruled-out reason or flag: `{constraint:message}`) renders that code in the same language.
 * @example renderCoreMessage({ code: "CONSTRAINT_PRIVILEGED", params: {} }, "ja") //=> "特権コンテナー / ホストネットワーキングは Fargate では使えません"
 */
export function renderCoreMessage(message: Message, locale: Locale): string {
  const render = (code: string, params: MessageParams): string => {
    const template = templateOf(code, locale);
    return template === undefined ? `${code} ${JSON.stringify(params)}` : fillTemplate(template, params, render);
  };
  return render(message.code, message.params);
}
