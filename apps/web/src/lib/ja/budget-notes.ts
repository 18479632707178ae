/**
 * Japanese for core's budget-gate messages (the CLI's --fail-over; the web never shows them, but every
 * code has its Japanese) and pattern notes. Terms: glossary-ja.csv (Savings Plans は常に複数形,
 * コミットメント, オンデマンド, エフェメラルストレージ, 下限); amounts stay as core formats them.
 */
export const JA_BUDGET_NOTE_TEMPLATES = {
  BUDGET_WITHIN: "{what}: {pattern} は月額 {total} で、--fail-over の予算 {budget} 以内です。",
  BUDGET_OVER: "{what}: {pattern} は月額 {total} で、--fail-over の予算 {budget} を超えています。",
  BUDGET_OVER_LOWER_BOUND:
    "{what}: {pattern} は少なくとも月額 {total} (料金不明の項目があるため下限値) で、すでに --fail-over の予算 {budget} を超えています。",
  BUDGET_UNDECIDED_LOWER_BOUND:
    "{what}: {pattern} は料金不明の項目があります。下限値の月額 {total} は予算 {budget} 以内ですが、請求全体はそれを超える可能性があります。",
  BUDGET_UNDECIDED_NO_TOTAL: "{what}: {pattern} は対象外のため合計がなく、--fail-over {budget} を確認できません。",
  BUDGET_UNDECIDED_NONE_PRICED:
    "{what}: すべての料金が分かり、かつこのワークロードを実行できるパターンがないため、--fail-over {budget} を確認できません。",
  NOTE_EKS_FARGATE_X86_ONLY:
    "{service}: EKS on Fargate は x86_64 の Pod のみ実行します (Fargate の Graviton は ECS 専用)。そのため Linux/x86 の料金で見積もっており、x86_64 またはマルチアーキテクチャのコンテナイメージが必要です。",
  NOTE_WINDOWS_FARGATE_EPHEMERAL_FIXED:
    "{service}: Fargate の Windows タスクのエフェメラルストレージは 20 GiB 固定 (変更不可) のため、指定された {gib} GiB は請求されず、使用もできません (docs.aws.amazon.com/ja_jp/AmazonECS/latest/developerguide/fargate-task-storage.html)。",
  NOTE_WINDOWS_FARGATE_MINIMUM_ASSUMED:
    "{service}: {durationSeconds} 秒の実行ごとに {minimumSeconds} 秒分が請求されます。これは当ツールの情報源が示す Fargate の Windows の最小課金時間で、AWS の料金ページでは確認できていません (仮定です。Linux と同じ 1 分の最小課金であれば請求額は少なくなります)。",
  NOTE_PLAN_PART_TIME_ON_DEMAND:
    "{service}: 月の全時間は稼働しないため、オンデマンドのままです ({plan:message} は毎時間請求される 1 時間あたりのコミットメントで、常時稼働のサービスに合わせて決めています)。",
  NOTE_RESERVED_INSTANCES_UTILISATION:
    "{plan:message}: {instanceType} のリザーブドインスタンス (RI) {reserved} 台は、使用の有無にかかわらず各 730 時間分が請求されます。常時稼働のノードが {used} 台を使い、それを超える {onDemandNodes} 台のノードはオンデマンドです。使用率は {utilisationPercent}% です。",
  NOTE_EC2_PART_TIME_ON_DEMAND:
    "{group:message}: 1 か月あたり {hours} 時間の稼働のため、ノードはオンデマンドのままです ({plan:message} は期間中の毎時間請求されるため、常時稼働のノードに合わせて決めています)。",
  NOTE_SAVINGS_PLAN_COMMITMENT:
    "{plan:message}: コミットメント {commitmentPerHour:hourly}/時間 × 730 時間 = 月額 {commitmentPerMonth:usd} は、使用の有無にかかわらず請求されます。常時稼働分の Savings Plans 料金は {baselinePerHour:hourly}/時間、使用率は {utilisationPercent}% です。",
  USAGE_NOT_ESTIMATED: "未見積もり (使用量 0): {label} — 含めるには {inputs} を設定してください",
} as const;
