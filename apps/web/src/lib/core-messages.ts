import { ENGLISH_TEMPLATES, fillTemplate, type FillOptions, type Message, type MessageParams } from "@repo/core";
import type { Locale } from "./i18n";
import { JA_TEMPLATES } from "./ja";
import { localSources } from "./ja/source-remarks";

/**
 * The core's messages (codes + parameters) in the web's languages. English is the core's own table;
 * Japanese is the web's one catalog (./ja: every core code, terms from shared/docs/glossary-ja.csv).
 */
/** The usage-driven lines' names in Japanese (glossary-ja.csv terms), for USAGE_NOT_ESTIMATED's {label}. */
const JA_USAGE_LINE_LABELS: Record<string, string> = {
  "internet-egress": "インターネットへのデータ転送 (アウト)",
  "inter-region-egress": "リージョン間のデータ転送",
  "cross-az-traffic": "アベイラビリティーゾーン間のデータ転送",
  "log-ingestion": "ログの取り込み",
  "log-storage": "ログの保存 (アーカイブ)",
  "ecr-storage": "Amazon ECR のストレージ",
  "ebs-snapshots": "EBS スナップショット",
  "alb-lcu": "ALB の LCU",
  "nlb-nlcu": "NLB の NLCU",
  "nat-data": "NAT ゲートウェイのデータ処理",
  "endpoint-data": "VPC エンドポイントのデータ処理",
};

const templateOf = (code: string, locale: Locale): string | undefined =>
  (locale === "ja" ? (JA_TEMPLATES as Record<string, string>)[code] : undefined) ?? (ENGLISH_TEMPLATES as Record<string, string>)[code];

/**
 * One core message in the user's language. A message that holds another code (a constraint's
 * ruled-out reason or flag: `{constraint:message}`) renders that code in the same language.
 * @example renderCoreMessage({ code: "CONSTRAINT_PRIVILEGED", params: {} }, "ja") //=> "特権コンテナー / ホストネットワーキングは Fargate では使えません"
 */
export function renderCoreMessage(message: Message, locale: Locale, options: FillOptions = {}): string {
  const render = (code: string, params: MessageParams): string => {
    const template = templateOf(code, locale);
    return template === undefined ? `${code} ${JSON.stringify(params)}` : fillTemplate(template, params, render, options);
  };
  const params =
    message.code === "USAGE_NOT_ESTIMATED" && locale === "ja"
      ? { ...message.params, label: JA_USAGE_LINE_LABELS[String(message.params.line)] ?? message.params.label ?? "" }
      : typeof message.params.sources === "string" && locale === "ja"
        ? { ...message.params, sources: localSources(message.params.sources, locale) }
        : message.params;
  return render(message.code, params);
}

/**
 * The same message with every rounded figure exact (issue 20 item 4: "the exact value on hover"), for a
 * `title` attribute beside `renderCoreMessage`'s reading text.
 * @example coreMessageTitle({ code: "CHANGE_SCALE_OVERTAKES", params: { multiplier: "4.166667", … } }, "en") //=> "at ×4.166667 the workload …"
 */
export function coreMessageTitle(message: Message, locale: Locale, options: FillOptions = {}): string {
  return renderCoreMessage(message, locale, { ...options, exact: true });
}
