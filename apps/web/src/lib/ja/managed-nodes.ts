/**
 * Japanese for the ECS Managed Instances / EKS Auto Mode / EKS Provisioned Control Plane messages (issue 16;
 * codes in packages/core/src/messages/managed-nodes-english.ts). Terms: glossary-ja.csv (Amazon ECS マネージド
 * インスタンス, EKS Auto Mode (English kept), コントロールプレーン, オンデマンド料金, スポット, Savings Plans,
 * 特権コンテナ, セルフマネージド型ノード); style: glossary-ja.md.
 */
export const JA_MANAGED_NODES_TEMPLATES = {
  CONSTRAINT_WINDOWS_MANAGED_NODES: "{services}: {patterns} は Linux コンテナのみ実行します (Windows のノードはありません)。",
  CONSTRAINT_AUTO_MODE_GPU_NODE_POOL:
    "{services} には GPU が必要です。EKS Auto Mode の GPU ノード (NVIDIA、Neuron) はカスタムの NodePool からのみ起動します (組み込みの NodePool は C、M、R ファミリーのみ)。",
  CONSTRAINT_AUTO_MODE_PRIVILEGED:
    "EKS Auto Mode のノードでも特権コンテナの Pod は動きますが、ノードはロックダウンされています (SELinux の強制モード、読み取り専用のルートファイルシステム、SSH と SSM による接続は不可)。ホストを変更するエージェントは動かない場合があります。",
  CONSTRAINT_AUTO_MODE_SPOT:
    "EKS Auto Mode でスポットのノードを使うにはカスタムの NodePool (karpenter.sh/capacity-type: spot) が必要です。組み込みの NodePool はオンデマンドのみです。",
  NOTE_MANAGED_NODES_FEE:
    "{pattern}: AWS が EC2 ノードのプロビジョニング、パッチ適用、スケーリングを行い、EC2 の料金に加えてインスタンス時間あたりの管理料金がかかります。料金表に値があればその値、なければインスタンスタイプのオンデマンド料金の {sharePercent} % (導出値と表示) です。秒単位の課金で最低 1 分。購入オプションは EC2 の部分にのみ適用されます。",
  NOTE_AUTO_MODE_BUILT_IN_POOL:
    "EKS Auto Mode: 組み込みの汎用 NodePool (ノードプール) のインスタンスタイプ (C、M、R ファミリー、第 5 世代以降) から最も安い構成を選びます。ほかのファミリーや arm64 にはカスタムの NodePool が必要です (ec2.selection.families または ec2.instanceType を指定してください)。",
  NOTE_AUTO_MODE_CUSTOM_POOL:
    "EKS Auto Mode: ec2.selection または ec2.instanceType でインスタンスタイプを選んでいるため、カスタムの NodePool (ノードプール) として扱います ({types})。",
  NOTE_ECS_MI_FULL_RANGE:
    "Amazon ECS マネージドインスタンス: ec2.selection が許す EC2 のインスタンスタイプ全体から最も安い構成を選びます (キャパシティープロバイダーの allowedInstanceTypes)。ノードのメモリは ECS on EC2 と同じ扱いです (近似: AWS 自身の予約量は公開されていません)。",
  NOTE_AUTO_MODE_RESERVATIONS:
    "EKS Auto Mode のノード: 予約は EKS on EC2 と同じ扱いです (近似: Auto Mode 独自のノード設定は公開されていません)。",
  NOTE_ECS_MI_FEE_ON_DEMAND:
    "Amazon ECS マネージドインスタンスの管理料金: EC2 の部分がスポットや Savings Plans でも、オンデマンド料金に基づいて課金されるものとします (前提: AWS のページは見つかっていません。S55 の請求の実測値はオンデマンド料金に対する割合と読めます)。",
  NOTE_EKS_AUTO_MODE_FLAG_MIGRATED:
    "ops.eksAutoMode は古いシナリオのために残しています。EKS Auto Mode は独立したパターンとして並べて見積もるため、EKS on EC2 はセルフマネージド型ノードの見積もりです。",
  NOTE_PROVISIONED_CONTROL_PLANE_ADDED:
    "EKS のプロビジョニング済みコントロールプレーン ({tier}、{rate}/クラスター時間) は、標準のコントロールプレーン料金 $0.10/クラスター時間に加えて課金されるものとします (前提: AWS のページで未確認。S40 は EKS の全項目を追加料金と読んでいます。eks.provisionedTierReplacesStandardFee で変更できます)。",
  NOTE_PROVISIONED_CONTROL_PLANE_REPLACES:
    "EKS のプロビジョニング済みコントロールプレーン ({tier}、{rate}/クラスター時間) は、標準のコントロールプレーン料金 $0.10/クラスター時間の代わりに課金されるものとします (eks.provisionedTierReplacesStandardFee。前提: AWS のページで未確認。S40 は追加料金と読んでいます)。",
} as const;
