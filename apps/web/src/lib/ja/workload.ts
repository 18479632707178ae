/**
 * Japanese for core's workload warnings (packages/core/src/messages/en/workload.ts, issue 22): imported
 * batch schedules and containers without requests. Terms: glossary-ja.csv (タスク, ノード, コンテナ).
 */
export const JA_WORKLOAD_TEMPLATES = {
  WORKLOAD_SCHEDULE_DURATION_ASSUMED:
    "{service}: 1 回の実行は {durationSeconds} 秒と仮定しています (元の定義に実行時間がありません)。実際の実行時間を schedule.durationSeconds に設定してください。",
  WORKLOAD_SCHEDULE_ACTIVE_DEADLINE:
    "{service}: 各実行は仮定の {durationSeconds} 秒より前に activeDeadlineSeconds ({deadlineSeconds} 秒) で停止されるため、{deadlineSeconds} 秒で見積もっています。",
  WORKLOAD_SCHEDULE_OVERLAP_ALLOW:
    "{service}: 1 回の実行 ({durationSeconds} 秒) が開始間隔 {intervalSeconds} 秒より長く、concurrencyPolicy Allow では実行が無制限に重なります。同時に {concurrentRuns} 回が動き、ピーク時は {peakTasks} タスクです (EC2 のノードはそれに合わせています)。重ねてはいけない場合は Forbid か Replace にしてください。",
  WORKLOAD_SCHEDULE_OVERLAP_FORBID:
    "{service}: 1 回の実行 ({durationSeconds} 秒) が開始間隔 {intervalSeconds} 秒より長く、concurrencyPolicy Forbid は実行中の間は次の実行を飛ばすため、1 か月の予定 {scheduledRunsPerMonth} 回のうち {runsPerMonth} 回が 1 回ずつ始まります (不規則なスケジュールでは近似値です)。",
  WORKLOAD_SCHEDULE_OVERLAP_REPLACE:
    "{service}: 1 回の実行 ({durationSeconds} 秒) が開始間隔 {intervalSeconds} 秒より長く、concurrencyPolicy Replace は次の実行の開始時に前の実行を止めるため、実行は {intervalSeconds} 秒で 1 回ずつとして見積もっています。",
  WORKLOAD_DEFAULT_REQUESTS:
    "{services}: CPU またはメモリのリクエストがないコンテナは、インポーターの既定のリクエストで見積もっています (containers[].requestDefaulted を参照)。実際の動作どおりに見積もるにはリクエストを設定してください。",
} as const;
