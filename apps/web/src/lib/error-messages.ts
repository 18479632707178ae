import { fillTemplate } from "@repo/core";
import { renderCoreError } from "./core-errors";
import type { FieldErrorCode, FieldErrors, FieldIssue, FieldIssues } from "./field-errors";
import { MESSAGES, type Locale } from "./i18n";
import { optionLabels } from "./option-labels";

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

/**
 * The form's selects whose values have labels (option-labels.ts groups), by form field (a service's by its last
 * part): core's "expected one of" lists their values as ids (on-demand|spot…), the form shows their labels.
 */
const OPTION_GROUPS: Record<string, string> = {
  purchaseOption: "purchase",
  fargateEcsOption: "purchase",
  fargateEksOption: "purchase",
  ec2Payment: "payment",
  fargatePayment: "payment",
  ec2TermYears: "term",
  fargateTermYears: "term",
  eksSupportTier: "eksSupport",
  containerInsights: "insights",
  supportPlan: "support",
  workloadSpot: "spotNeed",
  os: "os",
};

/** ERR_NOT_ONE_OF of a labelled select with its options as the select names them (オンデマンド、スポット…). */
function withOptionLabels(issue: FieldIssue, field: string | undefined, locale: Locale): FieldIssue {
  const group = OPTION_GROUPS[field?.replace(/^services\[\d+\]\./, "") ?? ""];
  const core = issue.core;
  if (!group || core?.code !== "ERR_NOT_ONE_OF" || typeof core.params.allowed !== "string") return issue;
  const labels = optionLabels(group, core.params.allowed.split(", "), MESSAGES[locale]).map((option) => option.label);
  return { ...issue, core: { ...core, params: { ...core.params, options: labels.join(locale === "ja" ? "、" : ", ") } } };
}

/** @example renderFieldIssue({ code: "NOT_A_NUMBER", params: { text: "lots" } }, "ja") //=> "「lots」は数値ではありません" */
export function renderFieldIssue(given: FieldIssue, locale: Locale, field?: string): string {
  const issue = locale === "ja" ? withOptionLabels(given, field, locale) : given;
  const text = issue.core ? renderCoreError(issue.core, locale) : fillTemplate(TEMPLATES[locale][issue.code], issue.params);
  // ERR_NOT_ONE_OF names its options itself
  if (issue.core?.code === "ERR_NOT_ONE_OF") return text;
  return issue.code === "CORE_RULE" && issue.params.allowed ? text + fillTemplate(ALLOWED[locale], issue.params) : text;
}

/** Every field's error as the form shows it, in the user's language. */
export function renderFieldIssues(issues: FieldIssues, locale: Locale): FieldErrors {
  return Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, renderFieldIssue(issue, locale, field)]));
}
