import { fillTemplate } from "@repo/core";
import { renderCoreError } from "./core-errors";
import type { FieldErrorCode, FieldErrors, FieldIssue, FieldIssues } from "./field-errors";
import type { Locale } from "./i18n";

/**
 * The web's own error sentences per locale, one per code (the compiler asks for a new code in both).
 * `CORE_RULE` is an error the core found (its schema, its pricing rules): its coded sentence (`core`)
 * is worded per locale by core-errors.ts, with the allowed values in the user's language after it.
 */
const TEMPLATES: Record<Locale, Record<FieldErrorCode, string>> = {
  en: {
    REQUIRED: "required",
    NOT_A_NUMBER: '"{text}" must be a number',
    MUST_BE_ABOVE_ZERO: "must be above 0",
    UNKNOWN_REGION: 'no prices for "{region}" (allowed: {allowed})',
    UNKNOWN_OPS_CELL: 'ops hours for "{key}": no such pattern and activity (allowed: {allowed})',
    CORE_RULE: "{text}",
  },
  ja: {
    REQUIRED: "入力してください",
    NOT_A_NUMBER: "「{text}」は数値ではありません",
    MUST_BE_ABOVE_ZERO: "0 より大きくしてください",
    UNKNOWN_REGION: "「{region}」の価格はスナップショットにありません(選択可能: {allowed})",
    UNKNOWN_OPS_CELL: "「{key}」の運用時間: そのパターンと作業の組み合わせはありません(選択可能: {allowed})",
    CORE_RULE: "{text}",
  },
};
const ALLOWED: Record<Locale, string> = { en: " (allowed: {allowed})", ja: "(選択可能: {allowed})" };

/** @example renderFieldIssue({ code: "NOT_A_NUMBER", params: { text: "lots" } }, "ja") //=> "「lots」は数値ではありません" */
export function renderFieldIssue(issue: FieldIssue, locale: Locale): string {
  const text = issue.core ? renderCoreError(issue.core, locale) : fillTemplate(TEMPLATES[locale][issue.code], issue.params);
  // ERR_NOT_ONE_OF names its options itself
  if (issue.core?.code === "ERR_NOT_ONE_OF") return text;
  return issue.code === "CORE_RULE" && issue.params.allowed ? text + fillTemplate(ALLOWED[locale], issue.params) : text;
}

/** Every field's error as the form shows it, in the user's language. */
export function renderFieldIssues(issues: FieldIssues, locale: Locale): FieldErrors {
  return Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, renderFieldIssue(issue, locale)]));
}
