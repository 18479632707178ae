import { ENGLISH_TEMPLATES, fillTemplate, type Message, type MessageCode } from "@repo/core";
import type { Locale } from "./i18n";

/**
 * The core's messages (codes + parameters) in the web's languages. English is the core's own table;
 * Japanese is the web's, keyed by the same codes (terms from shared/docs/glossary-ja.csv). A code the
 * web never shows (the CLI's budget gate) may be absent in Japanese and falls back to English.
 */
const JA_TEMPLATES: Partial<Record<MessageCode, string>> = {
  CONSTRAINT_GPU: "{services} は GPU が必要です。Fargate には GPU がありません",
  CONSTRAINT_GPU_INSTANCE:
    "GPU サービスが GPU のない {types} で動くことになります。{pattern} を見積もるには ec2.instanceType に GPU タイプ (例: g5.xlarge) を指定してください",
  CONSTRAINT_TASK_ABOVE_ECS_FARGATE_MAX:
    "{services}: ECS Fargate の最大タスクサイズ (Linux 32 vCPU / 244 GB、Windows 4 vCPU / 30 GB) を超えるタスクがあります",
  CONSTRAINT_POD_ABOVE_EKS_FARGATE_MAX:
    "{services}: EKS Fargate の最大サイズ (16 vCPU / 120 GB、EKS がメモリ要求に 256 MB を加えた後) を超えるポッドがあります",
  CONSTRAINT_PRIVILEGED: "特権コンテナー / ホストネットワーキングは Fargate では使えません",
  CONSTRAINT_WINDOWS: "{services}: EKS on Fargate は Windows ポッドを実行しません",
  CONSTRAINT_EKS_FARGATE_X86_ONLY:
    "{services}: arm64 ですが、EKS on Fargate は x86_64 ポッドのみ実行します。Linux/x86 の料金で見積もり、x86_64 またはマルチアーキテクチャのイメージが必要です",
  CONSTRAINT_DAEMON_SETS:
    "EKS on Fargate には DaemonSet がありません。ノードエージェントは各ポッドのサイドカーとして動かす必要があります (各ポッドのサイズに含めて請求されます)",
  CONSTRAINT_SPOT_REQUIRED: "スポットが必須ですが、EKS on Fargate にはスポットがありません (Fargate Spot は ECS 専用)",
  CONSTRAINT_SPOT_PREFERRED: "スポットを優先しますが、EKS on Fargate はスポットを使えないため、オンデマンド料金のままです",
  RULED_OUT_NO_WINDOWS_ARM_FARGATE: "{service}: Fargate には ARM 上の Windows がありません",
  RULED_OUT_ECS_TASK_TOO_LARGE: "{service}: {vcpu} vCPU / {memoryGb} GB が必要で、Fargate の最大タスク (32 vCPU / 244 GB) を超えます",
  RULED_OUT_NO_FARGATE_SIZE: "{service}: コンテナーが収まる Fargate のタスクサイズがありません",
  RULED_OUT_WINDOWS_FARGATE_CPU: "{service}: Fargate の Windows タスクは 1〜4 vCPU が必要です",
  RULED_OUT_EKS_FARGATE_WINDOWS: "{service}: EKS on Fargate は Windows ポッドを実行しません",
  RULED_OUT_EKS_FARGATE_POD_TOO_LARGE: "{service}: ポッドに {asked} が必要で、EKS Fargate の最大サイズ (16 vCPU / 120 GB) を超えます",
  USAGE_NOT_ESTIMATED: "未見積もり (使用量 0): {label} — 含めるには {inputs} を設定してください",
  RULED_OUT_TASK_ABOVE_NODE:
    "{service}: 1 タスクが {instanceType} に収まりません (予約・エージェント・余裕分を除いた割り当て可能量 {cpuMillicores}m CPU / {memoryMib} MiB)。より大きな ec2.instanceType を選んでください",
  SUGGEST_LABOUR_MARKET_JP:
    "{region} は日本のリージョンです。エンジニア単価は既定の米国の水準 ({rate}/時間) です。日本の水準 (標準 ¥5,000/時間、厚生労働省・経済産業省) にするには労働市場に jp を選んでください",
  SUGGEST_CONSUMPTION_TAX:
    "AWS の合計に 10 % の消費税は含まれていません (AWS の価格は税抜。課税事業者は仕入税額控除で取り戻せます)。明細行として表示するには消費税をオンにしてください",
  REPORT_CURRENCY: "金額は {currency}、為替レート ¥{jpyPerUsd}/$ ({asOf}、{source})。AWS の料金単価は USD のままです",
};

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
 * @example renderCoreMessage({ code: "CONSTRAINT_PRIVILEGED", params: {} }, "ja") //=> "特権コンテナー / ホストネットワーキングは Fargate では使えません"
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
