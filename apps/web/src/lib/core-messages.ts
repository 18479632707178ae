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
  RULED_OUT_TASK_ABOVE_NODE:
    "{service}: 1 タスクが {instanceType} に収まりません (予約・エージェント・余裕分を除いた割り当て可能量 {cpuMillicores}m CPU / {memoryMib} MiB)。より大きな ec2.instanceType を選んでください",
  // ECS マネージドインスタンス / EKS Auto Mode / Provisioned Control Plane (issue 16; glossary-ja.csv の用語)
  CONSTRAINT_WINDOWS_MANAGED_NODES: "{services}: {patterns} は Linux コンテナーのみ実行します (Windows ノードはありません)",
  CONSTRAINT_AUTO_MODE_GPU_NODE_POOL:
    "{services} は GPU が必要です。EKS Auto Mode の NVIDIA/Neuron GPU ノードはカスタム NodePool からのみ起動します (組み込みの NodePool は C/M/R のみ)",
  CONSTRAINT_AUTO_MODE_PRIVILEGED:
    "EKS Auto Mode のノードでも特権ポッドは動きますが、ノードはロックダウンされています (SELinux 強制モード、読み取り専用ルートファイルシステム、SSH/SSM 不可)。ホストを変更するエージェントは動かない場合があります",
  CONSTRAINT_AUTO_MODE_SPOT:
    "EKS Auto Mode でスポットを使うにはカスタム NodePool (karpenter.sh/capacity-type: spot) が必要です。組み込みの NodePool はオンデマンドのみです",
  NOTE_MANAGED_NODES_FEE:
    "{pattern}: AWS が EC2 ノードのプロビジョニング・パッチ適用・スケーリングを行い、EC2 料金に加えてインスタンス時間あたりの管理料金がかかります。料金表の値がある場合はその値、ない場合はタイプのオンデマンド料金の {sharePercent} % (導出値と表示)。秒単位、最低 1 分。購入オプションは EC2 部分にのみ適用されます。",
  NOTE_AUTO_MODE_BUILT_IN_POOL:
    "EKS Auto Mode: 組み込みの汎用 NodePool のタイプ (C、M、R ファミリー、第 5 世代以降) から最安の構成を選びます。他のファミリーや arm64 にはカスタム NodePool が必要です (ec2.selection.families または ec2.instanceType を指定)。",
  NOTE_AUTO_MODE_CUSTOM_POOL:
    "EKS Auto Mode: ec2.selection / ec2.instanceType でタイプを選んでいます。つまりカスタム NodePool です ({types})。",
  NOTE_ECS_MI_FULL_RANGE:
    "ECS マネージドインスタンス: ec2.selection が許す EC2 タイプ全体から最安の構成を選びます (キャパシティープロバイダーの allowedInstanceTypes)。ノードのメモリは ECS on EC2 と同じ扱いです (近似: AWS 自身の予約量は公開されていません)。",
  NOTE_AUTO_MODE_RESERVATIONS:
    "EKS Auto Mode のノード (Bottlerocket): 予約は EKS on EC2 と同じ扱いです (kube-reserved + 退避しきい値。近似: Auto Mode 独自のノード設定は公開されていません)。",
  NOTE_ECS_MI_FEE_ON_DEMAND:
    "ECS マネージドインスタンスの管理料金: EC2 部分がスポットや Savings Plans でも、オンデマンドの定価に基づいて課金されるものとします (前提: AWS のページは見つかっていません。S55 の請求実績はオンデマンド定価に対する割合と読めます)。",
  NOTE_EKS_AUTO_MODE_FLAG_MIGRATED:
    "ops.eksAutoMode は古いシナリオのために残しています。EKS Auto Mode は独立したパターン (eks-auto-mode) として並べて見積もるため、EKS on EC2 はセルフマネージド型ノードの見積もりです。",
  NOTE_PROVISIONED_CONTROL_PLANE_ADDED:
    "EKS Provisioned Control Plane の {tier} 階層 ({rate}/クラスター時間) は標準の $0.10/クラスター時間の料金に加えて課金されるものとします (前提: AWS のページで未確認。S40 は EKS の全項目を追加料金と読んでいます。eks.provisionedTierReplacesStandardFee で変更できます)。",
  NOTE_PROVISIONED_CONTROL_PLANE_REPLACES:
    "EKS Provisioned Control Plane の {tier} 階層 ({rate}/クラスター時間) は標準の $0.10/クラスター時間の料金の代わりに課金されるものとします (eks.provisionedTierReplacesStandardFee。前提: AWS のページで未確認。S40 は追加料金と読んでいます)。",
  SUGGEST_LABOUR_MARKET_JP:
    "{region} は日本のリージョンです。エンジニア単価は既定の米国の水準 ({rate}/時間) です。日本の水準 (標準 ¥5,000/時間、厚生労働省・経済産業省) にするには労働市場に jp を選んでください",
  SUGGEST_CONSUMPTION_TAX:
    "AWS の合計に 10 % の消費税は含まれていません (AWS の価格は税抜。課税事業者は仕入税額控除で取り戻せます)。明細行として表示するには消費税をオンにしてください",
  REPORT_CURRENCY: "金額は {currency}、為替レート ¥{jpyPerUsd}/$ ({asOf}、{source})。AWS の料金単価は USD のままです",
};

const templateOf = (code: string, locale: Locale): string | undefined =>
  (locale === "ja" ? (JA_TEMPLATES as Record<string, string>)[code] : undefined) ?? (ENGLISH_TEMPLATES as Record<string, string>)[code];

/**
 * One core message in the user's language. A ruled-out reason that comes from a constraint
 * (RULED_OUT_BY_CONSTRAINT) is the constraint's own message, then its sources.
 * @example renderCoreMessage({ code: "CONSTRAINT_PRIVILEGED", params: {} }, "ja") //=> "特権コンテナー / ホストネットワーキングは Fargate では使えません"
 */
export function renderCoreMessage(message: Message, locale: Locale): string {
  const params = message.params;
  if (message.code === "RULED_OUT_BY_CONSTRAINT" && typeof params.constraint === "string") {
    return `${renderCoreMessage({ code: params.constraint, params }, locale)} [${params.sources ?? ""}]`;
  }
  const template = templateOf(message.code, locale);
  return template === undefined ? `${message.code} ${JSON.stringify(params)}` : fillTemplate(template, params);
}
