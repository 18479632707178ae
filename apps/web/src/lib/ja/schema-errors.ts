/**
 * Japanese for schema problems (packages/core/src/messages/en/schema-errors.ts): zod's own checks, where
 * {expected} / {received} / {origin} are zod's type names (number, string, array…) kept as written, and
 * core's cross-field rules. The form shows the field's label beside the sentence. Terms: glossary-ja.csv.
 */
export const JA_SCHEMA_ERROR_TEMPLATES = {
  ERR_WITH_VALUE: "{rule:message} (入力値: {value})",
  ERR_PLAIN_DECIMAL_STRING: '"0.0404800000" のような小数の文字列で指定してください',
  ERR_DATE_YYYY_MM_DD: "日付は 2026-12-01 のように年-月-日で指定してください",
  ERR_ZOD_TYPE: "型が違います。{expected} を指定してください (入力: {received})",
  ERR_ZOD_LITERAL: "{expected} を指定してください",
  ERR_ZOD_TOO_BIG: "値が大きすぎます。{relation}{maximum} で指定してください ({origin})",
  ERR_ZOD_TOO_BIG_CHARACTERS: "長すぎます。{relation}{maximum} 文字で指定してください ({origin})",
  ERR_ZOD_TOO_BIG_ITEMS: "項目が多すぎます。{relation}{maximum} 個で指定してください ({origin})",
  ERR_ZOD_TOO_SMALL: "値が小さすぎます。{relation}{minimum} で指定してください ({origin})",
  ERR_ZOD_TOO_SMALL_CHARACTERS: "短すぎます。{relation}{minimum} 文字で指定してください ({origin})",
  ERR_ZOD_TOO_SMALL_ITEMS: "項目が少なすぎます。{relation}{minimum} 個で指定してください ({origin})",
  ERR_ZOD_PATTERN: "形式が正しくありません。パターン {pattern} に一致する値を指定してください",
  ERR_ZOD_MULTIPLE_OF: "{divisor} の倍数を指定してください",
  ERR_ZOD_UNRECOGNIZED_KEY: "不明な項目があります: {keys}",
  ERR_ZOD_UNRECOGNIZED_KEYS: "不明な項目があります: {keys}",
  ERR_ZOD_INVALID_KEY: "{origin} のキーが正しくありません",
  ERR_ZOD_INVALID_ELEMENT: "{origin} に正しくない値があります",
  ERR_ZOD_INVALID: "入力が正しくありません",
  ERR_REGION_CODE_FORMAT: "us-east-1 のような AWS リージョンコードを指定してください",
  ERR_TOO_MANY_SERVICES: "サービスが {max} を超えています (ECS のクラスターあたりのサービス数のクォータ)",
  ERR_TOO_MANY_TASKS:
    "タスクが合計 {max} を超えています (Kubernetes のクラスターあたりの Pod 数の目安)。services[].taskCount (サービスごとのタスク数) の合計を 0～{max} にしてください",
  ERR_TOO_MANY_TAGS: "タグは {max} 個までです (AWS のリソースあたりのタグ数の上限)",
  ERR_SCHEDULE_HOURS_AND_RUNS:
    "hoursPerMonth か、runsPerDay / runsPerMonth と durationSeconds の組み合わせのどちらか一方を指定してください",
  ERR_SCHEDULE_RUNS_TWICE: "runsPerDay と runsPerMonth はどちらか一方だけを指定してください",
  ERR_SCHEDULE_NEEDS_DURATION: "バッチのスケジュールには durationSeconds が必要です",
  ERR_SCHEDULE_NEEDS_RUNS: "{batchField} には runsPerDay か runsPerMonth が必要です",
  ERR_TASK_SIZE_AND_CONTAINERS: "vcpu (vCPU) と memoryGib (メモリ) か、containers のどちらか一方を指定してください",
  ERR_TASK_SIZE_OR_CONTAINERS: "vcpu (vCPU) と memoryGib (メモリ) によるタスクサイズか、containers (リクエスト) を指定してください",
  ERR_TASK_SIZE_HALF: "タスクサイズには vcpu (vCPU) と memoryGib (メモリ) の両方が必要です",
  ERR_VOLUME_TOO_LARGE: "{value} は範囲外です。0 より大きく {max} 以下で指定してください ({kind} ボリュームの最大サイズ)",
  ERR_GP3_IOPS: "汎用 SSD (gp3) ボリュームの IOPS は {min}～{max} です",
  ERR_IO2_IOPS: "io2 の IOPS は 1 GiB あたり {perGib} までです。{sizeGib} GiB では {max} まで指定できます",
  ERR_GP2_IOPS: "gp2 の IOPS はボリュームサイズで決まります。rootVolumeIops は指定しないでください",
  ERR_THROUGHPUT_GP3_ONLY: "プロビジョンドスループットは汎用 SSD (gp3) ボリュームのみです (rootVolumeType は {volumeType})",
  ERR_COMMITMENT_RANGE: "{min}～{max} USD/時間で指定してください",
  ERR_COMMITMENT_AND_COVERAGE: "commitmentUsdPerHour (コミットメント) と coveragePercent はどちらか一方だけを指定してください",
  ERR_TOO_MANY_INSTANCE_TYPES: "インスタンスタイプは {max} 個までです",
  ERR_SAVINGS_PLAN_EC2_OPTIONS:
    "savingsPlan は購入オプション ec2-instance-savings-plan と compute-savings-plan でのみ使えます (購入オプション: {option})",
  ERR_RESERVED_OPTION_ONLY: "reservedInstances は購入オプション reserved でのみ使えます (購入オプション: {option})",
  ERR_SAVINGS_PLAN_FARGATE_OPTION: "savingsPlan は購入オプション compute-savings-plan でのみ使えます (購入オプション: {option})",
  ERR_SPOT_EKS_FARGATE_OPTION:
    "Fargate Spot (スポット) は ECS タスク専用です。EKS on Fargate の Pod では使えません (選択可能: オンデマンド、Compute Savings Plans)",
} as const;
