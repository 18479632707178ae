/**
 * UI text in English and Japanese (messages-en.ts, messages-ja.ts). Both dictionaries have exactly
 * the same keys (checked by the type). Core output (line names, notes, reasons) stays in English: it
 * is the model's own wording.
 */
import { en } from "./messages-en";
import { ja } from "./messages-ja";

export const LOCALES = ["en", "ja"] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export const MESSAGES: Record<Locale, Messages> = { en, ja };

/** @example messagesFor("ja").region //=> "リージョン" */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
