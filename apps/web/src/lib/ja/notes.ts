/**
 * Japanese for core's pattern notes (packages/core/src/messages/en/notes-*.ts): Fargate sizing and
 * purchase, EC2 node assumptions and purchase, the lines every pattern pays. Terms: glossary-ja.csv
 * (オンデマンド, スポット, コミットメント, Savings Plans, ノード, タスク, NAT ゲートウェイ, CloudWatch Container Insights).
 */
export const JA_NOTE_TEMPLATES = {
  NOTE_CONSTRAINT_FLAG: "制約 ({rule}): {constraint:message} [{sources}]",
  NOTE_ECS_CONTROL_PLANE_FREE: "ECS のコントロールプレーン: 料金はかかりません。",
  NOTE_ECS_TASK_SIZE_SET:
    "{service}: ECS のタスクサイズを {vcpu} vCPU / {memoryGb} GB に設定しました。すべてのコンテナの予約が収まる最小の有効な Fargate サイズです。",
  NOTE_EKS_FARGATE_POD_SIZE:
    "{service}: Pod に {vcpu} vCPU / {memoryGb} GB (256 MB のオーバーヘッドを含む) が必要 → {billedVcpu} vCPU / {billedMemoryGb} GB で請求されます。",
  NOTE_EKS_FARGATE_NO_PUBLIC_IPV4:
    "{service}: EKS Fargate の Pod はプライベートサブネットで動くため、Pod ごとのパブリック IPv4 アドレスは請求されません。",
  NOTE_FARGATE_SPOT_INTERRUPTION:
    "Fargate Spot のタスクは、AWS がキャパシティーを必要とすると中断 (2 分間の警告) で停止されることがあります。中断に耐えられる、複製されたタスクに使ってください。スポット料金は変動します (2026-09-28 時点のスナップショット)。",
  NOTE_FARGATE_SAVINGS_PLAN_TERM:
    "Compute Savings Plans: {termMonths} か月の期間の 1 時間あたりのコミットメントで、使用の有無にかかわらず請求されます。常時稼働のサービスに合わせて決めています (一部の時間だけ動くサービスはオンデマンドのままです)。",
  NOTE_FARGATE_UPFRONT: "前払い: {termMonths} か月のコミットメントの {upfrontPercent}% を購入時に支払います。",
  NOTE_ECS_EC2_NODE_MEMORY:
    "ECS のコントロールプレーン: 料金はかかりません。タスクに使えるノードのメモリ = 公表値 − 仮想マシン/カーネルのオーバーヘッド {memoryOverheadPercent}% − ECS_RESERVED_MEMORY {ecsReservedMemoryMib} MiB。vCPU はすべて使えます。",
  NOTE_EKS_NODE_RESERVATIONS:
    "EKS のノード: EKS AMI と同じ計算で、kubeReserved の CPU (コア範囲ごとに 6%/1%/0.5%/0.25%) とメモリ (11 × 最大 Pod 数 + 255 MiB) に退避しきい値 100 MiB を加えます。仮想マシン/カーネルのメモリオーバーヘッドは {memoryOverheadPercent}%。すべてのノードで aws-node 25m と kube-proxy 100m を確保します。",
  NOTE_EC2_PACKING:
    "ノードごとのエージェント: {agents}。配置: 主要リソースの割合で降順のファーストフィット。ヘッドルーム {headroomPercent}%。グループあたり {minNodes} 台以上のノードを {availabilityZones} 個の AZ に分散します。",
  NOTE_EC2_PACKING_NO_AGENTS:
    "ノードごとのエージェント: なし。配置: 主要リソースの割合で降順のファーストフィット。ヘッドルーム {headroomPercent}%。グループあたり {minNodes} 台以上のノードを {availabilityZones} 個の AZ に分散します。",
  NOTE_EKS_WINDOWS_NODE_RESERVATIONS:
    "Windows のノード: Linux の計算式の代わりに、システム予約 1.5 GiB + kube-reserved 0.5 GiB + 退避しきい値 200 MiB (AWS の EKS Windows ベストプラクティス) を使います。",
  NOTE_EKS_MAX_PODS_ENI: "EKS のノードあたりの最大 Pod 数: VPC CNI の ENI に基づく既定値 (プレフィックス委任なし)。",
  NOTE_EKS_MAX_PODS_PREFIX:
    "EKS のノードあたりの最大 Pod 数: VPC CNI のプレフィックス委任を前提とします (110、30 vCPU を超えると 250。Nitro のタイプ、VPC CNI 1.9 以降)。",
  NOTE_ECS_AWSVPC_ENI:
    "awsvpc モードの ECS タスクは、ENI トランキングを有効にしない限りタスクごとに ENI が 1 つ必要です。ここでは上限としてモデル化していません。",
  NOTE_EC2_NODE_COUNT_BELOW_NEEDED:
    "{group:message}: ec2.nodeCount の {nodeCount} 台は、タスクを収めるのに必要な {nodesNeeded} 台のノードより少ないです。",
  NOTE_EC2_TASK_PUBLIC_IPV4:
    "EC2 上のタスクはノードのアドレスを共有します。タスクごとのパブリック IPv4 アドレスは請求されません (ec2.publicIpv4PerNode を参照)。",
  NOTE_EC2_FALLBACK_NONE_PRICED:
    "{group}: {region} で料金が分かる {os} のインスタンスタイプがありません。料金不明の {instanceType} を表示しています。",
  NOTE_EC2_FALLBACK_NONE_FITS:
    "{group}: {region} で料金が分かる {os} のインスタンスタイプ {pricedCount} 種のうち、ec2.selection を満たし最大のタスクが収まるものがありません。料金不明の {instanceType} を表示しています。",
  NOTE_EC2_COMMITMENT_TERM:
    "EC2 のノードは {plan:message} で購入: ノードが動くかどうかにかかわらず、{termMonths} か月の期間の毎時間請求されます。",
  NOTE_EC2_PLAN_RATES_AS_RI:
    "{kind} の料金は、同じ期間と支払いの {offeringClass} のリザーブドインスタンス (RI) と同じと仮定しています (AWS: EC2 Instance Savings Plans ≈ スタンダード RI、Compute Savings Plans ≈ コンバーティブル RI)。独自の料金を使うには purchase.ec2.discountPercent を設定してください。",
  NOTE_EC2_SPOT_INTERRUPTION:
    "スポットキャパシティーは中断 (2 分間の警告) で AWS に回収されることがあります。中断に耐えられる、複製されたタスクだけを、複数のインスタンスタイプと AZ にまたがって動かしてください。",
  NOTE_EC2_SPOT_OWN_PRICES: "指定したスポット料金を使うインスタンスタイプ: {instanceTypes}。",
  NOTE_NAT_AVOIDED_BY_ENDPOINTS:
    "NAT ゲートウェイの処理データ: {gb} GB はインターフェイス VPC エンドポイントを通るため、NAT の処理料金はかかりません。",
  NOTE_SUPPORT_LOWER_BOUND: "AWS サポートプランは料金不明の項目がある AWS 請求の割合のため、これも下限値です。",
  NOTE_CONTAINER_INSIGHTS_EKS_FARGATE:
    "EKS on Fargate では拡張オブザーバビリティ付きの CloudWatch Container Insights はサポートされないため、請求されません (代わりに OpenTelemetry コレクターを使います。モデル化していません)。",
  NOTE_CONTAINER_INSIGHTS_ECS_APPROXIMATION:
    "CloudWatch Container Insights (ECS): AWS のクラスターあたり・Pod あたりの観測数 (EKS について公開) を ECS のクラスターとタスクに当てはめています。近似値です。",
} as const;
