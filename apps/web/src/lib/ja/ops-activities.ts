/**
 * Japanese for why each ops activity exists (packages/core/src/messages/en/ops-activities.ts: the TCO
 * panel's activity table). The figures are the core's parameters; AWS Japan's terms (glossary-ja.csv):
 * インスタンスタイプ, キャパシティープロバイダー, スポット, サイドカー; product names stay in English
 * (Kubernetes, Karpenter, FireLens, CoreDNS, kube-proxy, IAM, RBAC).
 */
export const JA_OPS_ACTIVITY_TEMPLATES = {
  OPS_REASON_ORCHESTRATOR_UPGRADES:
    "Kubernetes のマイナーリリースは年 ≈{releasesPerYear} 回、1 バージョンずつ上げ、1 回あたり ≈{hopHours} h (導出 1–2)。ECS にはアップグレードするバージョンがありません",
  OPS_REASON_ADD_ON_LIFECYCLE:
    "VPC CNI、CoreDNS、kube-proxy、ロードバランサーコントローラー、オートスケーラー、CSI ドライバーとエージェントはマイナーバージョンごとに追従が必要。ECS: サイドカー、FireLens",
  OPS_REASON_HOST_PATCHING:
    "AMI は月 {amiReleasesPerMonth} 回公開。月 1 回のロールアウトに ≈{rolloutHours} h、CVE の確認に ≈{triageHours} h (導出 3)。Fargate: タスクの廃止への対応のみ",
  OPS_REASON_CAPACITY_SCALING:
    "インスタンスタイプ、Auto Scaling グループ、キャパシティープロバイダー、Karpenter、ビンパッキング、スポット。Fargate: タスクと Pod のサイズの適正化",
  OPS_REASON_INCIDENTS: "プラットフォーム層の障害対応。Kubernetes チームあたり月 ≈{highAnchorHours} h が上限の目安 (導出 4)",
  OPS_REASON_ACCESS_SECURITY: "IAM、RBAC、アドミッションポリシー、ベンチマーク、監査証跡",
  OPS_REASON_ONBOARDING: "新たに加わるエンジニア 1 人あたりの一度きりの時間 (ECS {ecsHours} h、EKS {eksHours} h) を {months} か月で按分",
} as const;
