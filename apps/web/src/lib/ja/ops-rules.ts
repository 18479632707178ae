/**
 * Japanese for the ops model's rules and sources (packages/core/src/messages/en/ops-rules.ts): the rules an
 * activity's hours went through and where its first-cluster hours come from. Evidence ids (F1–F41,
 * 導出 1–4, §), research files (ops-effort.md) and cited AWS pages ({doc}) are kept as published;
 * "judgement" is 判断. AWS Japan's terms (glossary-ja.csv): クラスター, ノードグループ, 延長サポート, コントロールプレーン.
 */
export const JA_OPS_RULE_TEMPLATES = {
  OPS_RULE_HOURS_SET: "シナリオで指定した時間 ({field}): {hoursBand}",
  OPS_RULE_ONBOARDING: "年間に加わるエンジニア {joining} 人 × {hoursBand} 時間 ÷ 12 か月 (F31)。クラスター数やノード数では増減しません",
  OPS_RULE_BOTTLEROCKET: "自動更新付きの Bottlerocket: ホストのパッチ適用 × {factor} (F14)",
  OPS_RULE_EXTENDED_SUPPORT:
    "延長サポートにとどまる: アップグレードの時間 × {factor}。バージョンアップは遅れるだけでなくなりません (導出 1、F1、F2、F4)",
  OPS_RULE_CLUSTERS: "{environments} クラスター/環境: × (1 + {extra} × {shareBand}) (ops-effort.md §3.1、F8)",
  OPS_RULE_SERVICES:
    "{services} サービス: × (1 + 30 を超える 10 サービスごとに {shareBand}) (判断。ops-effort.md §3 の単位: ≈10–30 サービス)",
  OPS_RULE_NODES: "{nodes} ノード: 25 を超える 25 ノードごとに + {hoursBand} 時間 (ops-effort.md §3.1、F15–F16)",
  OPS_RULE_NODE_GROUPS: "{nodeGroups} ノードグループ: 2 つ目以降のノードグループごとに + {hoursBand} 時間 (導出 3、判断)",
  DETAIL_OPS_HOURS: "1 か月あたり {hours} 時間 ({levelCode:message}) × {rateUsd:rate}/時間。基準 {baseHours} 時間 ({sources:message})",
  OPS_SOURCES_ORCHESTRATOR_UPGRADES: "F1–F4、F6–F8",
  OPS_SOURCES_ADD_ON_LIFECYCLE: "F5、F22、判断",
  OPS_SOURCES_HOST_PATCHING: "F11–F17、F21",
  OPS_SOURCES_CAPACITY_SCALING: "F23–F24、F27、判断",
  OPS_SOURCES_INCIDENTS: "F10、判断",
  OPS_SOURCES_ACCESS_SECURITY: "判断 (ops-effort.md §3 の 6 行目)",
  OPS_SOURCES_ONBOARDING: "F31、判断",
  OPS_SOURCES_MI_ORCHESTRATOR_UPGRADES: "ECS にはオーケストレーターのバージョンがありません (ops-effort.md §2 の注 5)",
  OPS_SOURCES_MI_ADD_ON_LIFECYCLE:
    "ECS on Fargate の値: AWS がインスタンスとともに ECS エージェントとランタイムを更新します (F13、F20、{doc})。サイドカーと ECS Managed Daemons はお客様の管理のまま (判断)",
  OPS_SOURCES_MI_HOST_PATCHING: "ECS on Fargate の値: AWS が 14～21 日ごとにインスタンスにパッチを適用して入れ替えます (F20、§3.1)",
  OPS_SOURCES_MI_CAPACITY_SCALING:
    "ECS on Fargate の値: AWS がキャパシティーをプロビジョニング・スケーリングし、コストが最適なタイプを選びます (F20、§3.1、{doc})",
  OPS_SOURCES_MI_INCIDENTS:
    "ECS on Fargate と ECS on EC2 の中間: デバッグするホストはないものの、配置やインスタンスのイベントは残ります (判断)",
  OPS_SOURCES_MI_ACCESS_SECURITY:
    "ECS on EC2 の値: IAM (インフラストラクチャロールとインスタンスプロファイルのロールを含む) はお客様の管理のまま (判断)",
  OPS_SOURCES_AUTO_ORCHESTRATOR_UPGRADES:
    "EKS on Fargate の値: コントロールプレーンのアップグレードはお客様が行い、その後 AWS がノードを入れ替えます ({doc})。削減幅は判断",
  OPS_SOURCES_AUTO_ADD_ON_LIFECYCLE:
    "EKS on Fargate の値: VPC CNI、kube-proxy、CoreDNS、EBS CSI、ロードバランサーコントローラー、Karpenter は AWS が運用するコンポーネントです ({doc})。お客様自身のエージェントは残ります (判断)",
  OPS_SOURCES_AUTO_HOST_PATCHING: "EKS on Fargate の値: AWS が AMI を提供し、21 日以内にノードを入れ替えます (F18、§3.1)",
  OPS_SOURCES_AUTO_CAPACITY_SCALING: "EKS on EC2 の時間の半分: NodePool がノードグループに代わります (F18、§3.1)",
  OPS_SOURCES_AUTO_INCIDENTS: "EKS on EC2 の値: Kubernetes 層の障害対応はお客様に残ります (F10 の上限の目安)。判断",
  OPS_SOURCES_AUTO_ACCESS_SECURITY:
    "EKS on EC2 の値: RBAC、アクセスエントリ、ポリシーはお客様の管理のまま (ノードには SSH/SSM で接続できません)。判断",
} as const;
