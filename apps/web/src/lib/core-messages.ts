import { ENGLISH_TEMPLATES, fillTemplate, type Message } from "@repo/core";
import type { Locale } from "./i18n";
import { JA_TEMPLATES } from "./ja";

/**
 * The core's messages (codes + parameters) in the web's languages. English is the core's own table;
 * Japanese is the web's one catalog (./ja: every core code, terms from shared/docs/glossary-ja.csv).
 */
const templateOf = (code: string, locale: Locale): string | undefined =>
  (locale === "ja" ? (JA_TEMPLATES as Record<string, string>)[code] : undefined) ?? (ENGLISH_TEMPLATES as Record<string, string>)[code];

/**
 * One core message in the user's language. A ruled-out reason that comes from a constraint
 * (RULED_OUT_BY_CONSTRAINT) is the constraint's own message, then its sources.
 * @example renderCoreMessage({ code: "CONSTRAINT_PRIVILEGED", params: {} }, "ja") //=> "特権コンテナとホストネットワーキングは Fargate ではサポートされません。"
 */
export function renderCoreMessage(message: Message, locale: Locale): string {
  const params = message.params;
  if (message.code === "RULED_OUT_BY_CONSTRAINT" && typeof params.constraint === "string") {
    return `${renderCoreMessage({ code: params.constraint, params }, locale)} [${params.sources ?? ""}]`;
  }
  const template = templateOf(message.code, locale);
  return template === undefined ? `${message.code} ${JSON.stringify(params)}` : fillTemplate(template, params);
}
