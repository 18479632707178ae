/**
 * Japanese for core's workload warnings (scenario/workload-warnings.ts, issue 22). Terms: glossary-ja.csv;
 * style: glossary-ja.md. Added with issue 16's landing so the catalog covers every core code (main did not
 * typecheck without them).
 */
export const JA_WORKLOAD_WARNING_TEMPLATES = {
  WORKLOAD_SCHEDULE_DURATION_ASSUMED:
    "{service}: 各実行は {durationSeconds} 秒続くものとしています (元の定義に実行時間がありません)。schedule.durationSeconds に実際の実行時間を指定してください。",
  WORKLOAD_SCHEDULE_ACTIVE_DEADLINE:
    "{service}: 各実行は activeDeadlineSeconds ({deadlineSeconds} 秒) で停止され、想定の {durationSeconds} 秒より前に終わります。{deadlineSeconds} 秒として見積もっています。",
  WORKLOAD_SCHEDULE_OVERLAP_ALLOW:
    "{service}: 1 回の実行 ({durationSeconds} 秒) が開始間隔 {intervalSeconds} 秒より長く、concurrencyPolicy Allow では実行が無制限に重なります。同時に {concurrentRuns} 回、ピーク時に {peakTasks} タスクです (EC2 ノードはこれに合わせた大きさです)。重ならないようにするには Forbid か Replace を指定してください。",
  WORKLOAD_SCHEDULE_OVERLAP_FORBID:
    "{service}: 1 回の実行 ({durationSeconds} 秒) が開始間隔 {intervalSeconds} 秒より長く、concurrencyPolicy Forbid は実行中の間は次の実行を飛ばすため、月 {scheduledRunsPerMonth} 回の予定のうち {runsPerMonth} 回が 1 回ずつ開始します (不規則なスケジュールでは近似です)。",
  WORKLOAD_SCHEDULE_OVERLAP_REPLACE:
    "{service}: 1 回の実行 ({durationSeconds} 秒) が開始間隔 {intervalSeconds} 秒より長く、concurrencyPolicy Replace は次の開始時に実行を止めるため、各実行を {intervalSeconds} 秒として 1 回ずつ見積もっています。",
  WORKLOAD_DEFAULT_REQUESTS:
    "{services}: CPU またはメモリの要求を指定していないコンテナは、インポーターの既定の要求で見積もっています (containers[].requestDefaulted を参照)。実際の動作に合わせて要求を指定してください。",
} as const;
