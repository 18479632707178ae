/**
 * Japanese for core's input errors (`CoreError.detail`, packages/core/src/messages/en/errors.ts): what is
 * wrong, the allowed values or range, and what to do. The form shows the field's label and the service's
 * name beside the sentence (results.tsx), so the sentence itself does not repeat them. Terms: glossary-ja.csv.
 */
export const JA_ERROR_TEMPLATES = {
  ERROR_TEXT: "{text}",
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
  ERR_RULE: "{text}",
  ERR_RULE_GOT: "{text} (入力値: {value})",
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
} as const;
