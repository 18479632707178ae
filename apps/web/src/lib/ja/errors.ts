/**
 * Japanese for core's input errors (`CoreError.detail`, packages/core/src/messages/en/errors.ts): what is
 * wrong, the allowed values or range, and what to do. The form shows the field's label and the service's
 * name beside the sentence (results.tsx), so the sentence itself does not repeat them. Terms: glossary-ja.csv.
 */
export const JA_ERROR_TEMPLATES = {
  RANGE_WHOLE: "{min}～{max} の整数",
  RANGE_REAL: "{min}～{max}",
  RANGE_ABOVE: "{min} より大きく {max} 以下",
  ERR_OUT_OF_RANGE: "{value} は範囲外です。{range:message}で指定してください",
  ERR_OUT_OF_RANGE_NO_VALUE: "値が範囲外です。{range:message}で指定してください",
  ERR_NOT_WHOLE: "{value} は整数ではありません。{range:message}で指定してください",
  ERR_NOT_A_NUMBER: "{value} は数値ではありません。{range:message}で指定してください",
  ERR_NUMBER_MISSING: "数値を入力してください ({range:message})",
  ERR_NOT_ONE_OF: "選択できない値です。次のいずれかを指定してください: {options}",
  ERR_UNKNOWN_FIELDS: "{at} に不明な項目があります: {keys}",
  ERR_UNKNOWN_TOP_FIELDS: "最上位に不明な項目があります: {keys}",
  ERR_TOO_LONG: "{max} 文字以内で入力してください (入力値: {value})",
  ERR_MORE_PROBLEMS: "{first:message} (ほかに {more} 件の問題があります)",
  ERR_FARGATE_VCPU_BETWEEN:
    "Fargate のタスクサイズに {vcpu} vCPU はありません。近いサイズ: {lowerVcpu} vCPU ({lowerMinGb}～{lowerMaxGb} GB) または {upperVcpu} vCPU ({upperMinGb}～{upperMaxGb} GB)",
  ERR_FARGATE_VCPU_NEAREST:
    "Fargate のタスクサイズに {vcpu} vCPU はありません。近いサイズ: {nearestVcpu} vCPU ({nearestMinGb}～{nearestMaxGb} GB)",
  ERR_FARGATE_MEMORY:
    "Fargate では {vcpu} vCPU に {memoryGb} GB は指定できません。近い値: {nearestGb} GB ({vcpu} vCPU は {minGb}～{maxGb} GB)",
  ERR_UNKNOWN_REGION: "「{region}」は AWS の商用リージョンではありません",
  ERR_DUPLICATE_SERVICE: "サービス名「{service}」が重複しています。別の名前にしてください",
  ERR_WINDOWS_ARM:
    "サービス「{service}」: AWS の Windows は x86_64 のみです (arm64 の Windows はありません)。アーキテクチャを x86_64 にしてください",
  ERR_SPOT_EKS_FARGATE: "Fargate Spot (スポット) は ECS タスク専用です。EKS on Fargate の Pod では使えません",
  ERR_SPOT_WINDOWS: "Fargate Spot (スポット) は Linux タスク専用ですが、サービス「{service}」は Windows です",
  ERR_UNKNOWN_INSTANCE_TYPE: "「{instanceType}」はインスタンスカタログにありません (全 {count} タイプ)",
  ERR_INSTANCE_ARCHITECTURE: "{instanceType} は {instanceArchitecture} ですが、サービス「{service}」は {architecture} です",
  ERR_UPGRADE_CONTRADICTS_EXTENDED:
    "ops.upgradePolicy の「アップグレードする」と eks.supportTier の「延長サポート」は両立しません。どちらかを外してください",
  ERR_UNKNOWN_GPU_SERVICE: "GPU サービス「{service}」はこのシナリオのサービスではありません",
  ERR_NOT_PLAIN_DECIMAL: "「{value}」は 10 進数の数値ではありません (指数表記は使えません)",
  ERR_QUANTITY_NOT_FINITE: "{value} は有限の数値ではありません",
  ERR_PERCENT_TOO_FINE: "{value}% は細かすぎます。0.01% 単位で指定してください",
  ERR_NOT_K8S_QUANTITY: "「{value}」は Kubernetes の数量表記ではありません (例: 500m、1、256Mi、1Gi、1G)",
  ERR_CPU_FINER_THAN_MILLICORE: "CPU「{value}」は 1 ミリコアより細かい値です",
  ERR_VCPU_FINER_THAN_MILLICORE: "vCPU {value} は 1 ミリコアより細かい値です",
  ERR_CPU_OUT_OF_RANGE: "CPU「{value}」は範囲外です",
  ERR_MEMORY_OUT_OF_RANGE: "メモリ「{value}」は範囲外です",
  ERR_OPTION_NOT_ONE_OF: "{option} には次のいずれかを指定してください: {allowed} (入力値:「{value}」)",
  ERR_ENGINEER_RATE_TWICE: "ops.engineerHourly と ops.engineerHourlyUsd はどちらか一方だけを指定してください",
  ERR_HOURS_ORDER: "時間は 低 ≤ 標準 ≤ 高 の順にしてください (入力値: {low} / {typical} / {high})",
  ERR_FX_WITHOUT_RATE: "reporting.fxAsOf と reporting.fxSource は為替レートの説明です。reporting.jpyPerUsd (為替レート) も指定してください",
  ERR_TOO_MANY_BREAKPOINTS: "分岐点が {count} 個あり、列挙するには多すぎます。scaleSteps (等間隔、列挙しない) を使ってください",
  ERR_BATCH_RUNS_OVERLAP:
    "サービス「{service}」: {intervalSeconds} 秒ごとに {durationSeconds} 秒の実行が重なります (concurrencyPolicy Allow)。同時に {concurrentRuns} 実行 × {taskCount} タスクが動き、クラスターの上限 {max} Pod を超えます。concurrencyPolicy を Forbid か Replace にするか、durationSeconds を短くしてください",
  ERR_INVALID_SCENARIO: "シナリオが正しくありません",
  ERR_INVALID_SNAPSHOT: "価格スナップショットが正しくありません",
} as const;
