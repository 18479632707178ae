/** Japanese for workload import errors (packages/core/src/messages/en/import-errors.ts). Terms: glossary-ja.csv. */
export const JA_IMPORT_ERROR_TEMPLATES = {
  ERR_IMPORT_PROBLEM: "{source}: {problem:message}",
  ERR_IMPORT_PROBLEM_ALLOWED: "{source}: {problem:message} (選択可能: {problemAllowed})",
  ERR_IMPORT_INVALID_DOCUMENT: "{source}: ドキュメントが正しくありません",
  ERR_IMPORT_NOT_A_WORKLOAD:
    "{source}: ECS タスク定義 (taskDefinition / containerDefinitions) でも Kubernetes オブジェクト (kind) でもありません",
  ERR_IMPORT_NO_KIND: "{source}: Kubernetes オブジェクトではありません (kind がありません)",
  ERR_IMPORT_PVC_NAME: "{source}: PersistentVolumeClaim には metadata.name が必要です",
  ERR_IMPORT_WINDOWS_ARM: "{source}: ECS、EKS、Fargate は ARM64 の Windows コンテナに対応していません",
  ERR_IMPORT_SERVICE_PROBLEM: "{source}: 読み込んだサービス「{service}」: {problem:message}",
  ERR_IMPORT_SERVICE_INVALID: "{source}: 読み込んだサービス「{service}」が正しくありません",
  ERR_IMPORT_TOO_MANY_SERVICES: "{count} 個のサービスを読み込みました。シナリオの上限 {max} を超えています",
  ERR_IMPORT_CPU_TEXT: "cpu「{value}」は CPU ユニット (例: 256) でも「N vCPU」でもありません",
  ERR_IMPORT_MEMORY_TEXT: "memory (メモリ)「{value}」は MiB (例: 512) でも「N GB」でもありません",
  ERR_CRON_FIELD: "cron スケジュール「{schedule}」: {cronField:message}のフィールド「{value}」を解釈できません",
  ERR_CRON_FIELD_COUNT: "cron スケジュール「{schedule}」は 5 つのフィールド (分 時 日 月 曜日) か、@daily などのマクロで指定してください",
  CRON_MINUTE: "分",
  CRON_HOUR: "時",
  CRON_DAY_OF_MONTH: "日",
  CRON_MONTH: "月",
  CRON_DAY_OF_WEEK: "曜日",
} as const;
