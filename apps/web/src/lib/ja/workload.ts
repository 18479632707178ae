/**
 * Japanese for core's workload warnings (issue 22: batch schedules as Kubernetes runs them, default requests).
 * Terms: glossary-ja.csv; scenario fields (schedule.concurrencyPolicy, schedule.activeDeadlineSeconds,
 * schedule.durationSeconds) keep their names so they can be typed as shown; the policy values are named in Japanese
 * (Allow 許可, Forbid 禁止, Replace 置換).
 */
export const JA_WORKLOAD_TEMPLATES = {
  WORKLOAD_SCHEDULE_DURATION_ASSUMED:
    "{service}: 1 回の実行時間を {durationSeconds} 秒と仮定しています (入力に実行時間がありません)。実際の実行時間を schedule.durationSeconds に設定してください",
  WORKLOAD_SCHEDULE_ACTIVE_DEADLINE:
    "{service}: 各実行は schedule.activeDeadlineSeconds ({deadlineSeconds} 秒) で停止され、仮定の {durationSeconds} 秒より短いため {deadlineSeconds} 秒で見積もっています",
  WORKLOAD_SCHEDULE_OVERLAP_ALLOW:
    "{service}: 1 回の実行 ({durationSeconds} 秒) が開始間隔 {intervalSeconds} 秒より長く、同時実行ポリシー (schedule.concurrencyPolicy) が「許可」のため上限なく重なります。同時に {concurrentRuns} 実行、ピーク時 {peakTasks} タスク (EC2 ノードはこれに合わせて見積もり)。重ねない場合は「禁止」か「置換」を設定してください",
  WORKLOAD_SCHEDULE_OVERLAP_FORBID:
    "{service}: 1 回の実行 ({durationSeconds} 秒) が開始間隔 {intervalSeconds} 秒より長く、同時実行ポリシー (schedule.concurrencyPolicy) が「禁止」のため実行中の回をスキップし、月 {scheduledRunsPerMonth} 回の予定のうち {runsPerMonth} 回が 1 つずつ実行されます (不均一なスケジュールでは近似)",
  WORKLOAD_SCHEDULE_OVERLAP_REPLACE:
    "{service}: 1 回の実行 ({durationSeconds} 秒) が開始間隔 {intervalSeconds} 秒より長く、同時実行ポリシー (schedule.concurrencyPolicy) が「置換」のため次の開始で停止され、各実行を {intervalSeconds} 秒として 1 つずつ見積もっています",
  WORKLOAD_DEFAULT_REQUESTS:
    "{services}: CPU またはメモリのリクエストがないコンテナーは、インポーターのデフォルトのリクエストで見積もっています。実際の値で見積もるにはリクエストを設定してください",
} as const;
