/**
 * Japanese for core's workload constraints and ruled-out reasons (codes from packages/core/src/messages).
 * Terms: /work/shared/docs/glossary-ja.csv (特権コンテナ, Pod, DaemonSet, サイドカーコンテナ, スポット,
 * オンデマンド料金, インスタンスタイプ); style: glossary-ja.md (です/ます, half-width "(" with a space before).
 */
export const JA_CONSTRAINT_TEMPLATES = {
  CONSTRAINT_GPU: "{services} には GPU が必要ですが、Fargate には GPU がありません。",
  CONSTRAINT_GPU_INSTANCE:
    "GPU を使うサービスが GPU のない {types} で動くことになります。{pattern} を見積もるには、ec2.instanceType に GPU のインスタンスタイプ (例: g5.xlarge) を指定してください。",
  CONSTRAINT_TASK_ABOVE_ECS_FARGATE_MAX:
    "{services}: ECS Fargate の最大タスクサイズ (Linux は 32 vCPU / 244 GB、Windows は 4 vCPU / 30 GB) を超えるタスクがあります。",
  CONSTRAINT_POD_ABOVE_EKS_FARGATE_MAX:
    "{services}: EKS Fargate の最大サイズ (16 vCPU / 120 GB、EKS がメモリ要求に 256 MB を加えた後) を超える Pod があります。",
  CONSTRAINT_PRIVILEGED: "特権コンテナとホストネットワーキングは Fargate ではサポートされません。",
  CONSTRAINT_WINDOWS: "{services}: EKS on Fargate は Windows の Pod を実行しません。",
  CONSTRAINT_EKS_FARGATE_X86_ONLY:
    "{services}: arm64 ですが、EKS on Fargate は x86_64 の Pod のみ実行します。Linux/x86 の料金で見積もっており、x86_64 またはマルチアーキテクチャのコンテナイメージが必要です。",
  CONSTRAINT_DAEMON_SETS:
    "EKS on Fargate では DaemonSet がサポートされません。ノードエージェントは各 Pod のサイドカーコンテナとして動かす必要があります (各 Pod のサイズに含めて請求されます)。",
  CONSTRAINT_SPOT_REQUIRED: "スポットが必須ですが、EKS on Fargate にはスポットがありません (Fargate Spot は ECS 専用です)。",
  CONSTRAINT_SPOT_PREFERRED: "スポットを優先しますが、EKS on Fargate はスポットを使えないため、オンデマンド料金のままです。",
  RULED_OUT_BY_CONSTRAINT: "{reason} [{sources}]",
  RULED_OUT_NO_WINDOWS_ARM_FARGATE: "{service}: Fargate には ARM 上の Windows がありません。",
  RULED_OUT_ECS_TASK_TOO_LARGE: "{service}: {vcpu} vCPU / {memoryGb} GB が必要で、Fargate の最大タスク (32 vCPU / 244 GB) を超えます。",
  RULED_OUT_NO_FARGATE_SIZE: "{service}: コンテナが収まる Fargate のタスクサイズがありません。",
  RULED_OUT_WINDOWS_FARGATE_CPU: "{service}: Fargate の Windows タスクには 1〜4 vCPU が必要です。",
  RULED_OUT_EKS_FARGATE_WINDOWS: "{service}: EKS on Fargate は Windows の Pod を実行しません。",
  RULED_OUT_EKS_FARGATE_POD_TOO_LARGE: "{service}: Pod に {asked} が必要で、EKS Fargate の最大サイズ (16 vCPU / 120 GB) を超えます。",
  RULED_OUT_TASK_ABOVE_NODE:
    "{service}: 1 つのタスクが {instanceType} に収まりません (予約・エージェント・ヘッドルームを除いた割り当て可能量 {cpuMillicores}m CPU / {memoryMib} MiB)。より大きな ec2.instanceType を選んでください。",
} as const;
