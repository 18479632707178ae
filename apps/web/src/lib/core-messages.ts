import { ENGLISH_TEMPLATES, fillTemplate, type Message } from "@repo/core";
import type { Locale } from "./i18n";
import { JA_TEMPLATES } from "./ja";

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
 * One core message in the user's language. A ruled-out reason that comes from a constraint
 * (RULED_OUT_BY_CONSTRAINT) is the constraint's own message, then its sources.
 * @example renderCoreMessage({ code: "CONSTRAINT_PRIVILEGED", params: {} }, "ja") //=> "特権コンテナとホストネットワーキングは Fargate ではサポートされません。"
 */
export function renderCoreMessage(message: Message, locale: Locale): string {
  let params = message.params;
  if (message.code === "RULED_OUT_BY_CONSTRAINT" && typeof params.constraint === "string") {
    return `${renderCoreMessage({ code: params.constraint, params }, locale)} [${params.sources ?? ""}]`;
  }
  if (message.code === "USAGE_NOT_ESTIMATED" && locale === "ja") {
    params = { ...params, label: JA_USAGE_LINE_LABELS[String(params.line)] ?? params.label ?? "" };
  }
  const template = templateOf(message.code, locale);
  return template === undefined ? `${message.code} ${JSON.stringify(params)}` : fillTemplate(template, params);
}
