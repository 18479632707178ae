/**
 * Japanese for the recommendation's reasons, "what would change it" and the break-even search's
 * skipped patterns (codes: packages/core/src/messages/en/recommendation.ts). Style: glossary-ja.md —
 * です/ます, the comparison before the amount ("X が Y より安くなります"), "×2.5" and "%" half-width.
 * Money (`{x:money}`) is rendered "1,234.57 USD" by the Japanese renderer (core-messages.ts).
 */
export const JA_RECOMMENDATION_TEMPLATES = {
  OPS_LEVEL_LOW: "低",
  OPS_LEVEL_TYPICAL: "標準",
  OPS_LEVEL_HIGH: "高",
  REC_LOWEST_TCO:
    "総保有コスト (TCO) が最も低いのは {pattern} です (運用工数: {levelText:message}): 月額 {totalUsd:money} = AWS 料金 {awsUsd:money} + 運用 {opsUsd:money} ({hours:number} 時間 × {rateUsd:rate}/時間)。",
  REC_RUNNER_UP: "次点は {pattern} (月額 {totalUsd:money}) で、月額 {leadUsd:money} 高くなります。",
  REC_RULED_OUT: "{pattern} は対象外です: {reason:message}",
  REC_NOT_RANKED_LOWER_BOUND:
    "{pattern} は順位に含めていません。{missingRates} 件の料金が不明なため、TCO の月額 {totalUsd:money} は下限です (少なくともこの金額になります)。",
  REC_CAVEAT: "注意 ({caveatPatterns}): {constraint:message}",
  REC_SAME_AT_EVERY_BAND: "運用工数が低・標準・高のどの場合も、最も安いパターンは同じです。",
  REC_OTHER_BAND: "運用工数が{levelText:message}の場合は {pattern} が最も安くなります。",
  REC_OTHER_BANDS: "運用工数が{levelText:message}の場合は {pattern}、{otherLevelText:message}の場合は {otherPattern} が最も安くなります。",
  REC_NONE_FULLY_PRICED: "このワークロードを実行できるパターンのうち、すべての料金がそろっているものはありません。",
  REC_NONE_CAN_RUN: "このワークロードを実行できるパターンはありません。",
  CHANGE_SCALE_OVERTAKES: "ワークロードが {multiplier:multiplier} ({totalTasks} タスク) になると、{pattern} が {other} より安くなります。",
  CHANGE_SCALE_TIES: "ワークロードが {multiplier:multiplier} ({totalTasks} タスク) になると、{other} と {pattern} が同額になります。",
  CHANGE_SCALE_OTHER_CHEAPER:
    "ワークロードが {multiplier:multiplier} ({totalTasks} タスク) になると、{other} が {pattern} より安くなります。",
  CHANGE_ENGINEER_RATE_BELOW:
    "エンジニア単価が {value:money}/時間以下 (現在 {baseline:money}/時間) になると、最も安いのは {to} になります。",
  CHANGE_ENGINEER_RATE_ABOVE:
    "エンジニア単価が {value:money}/時間以上 (現在 {baseline:money}/時間) になると、最も安いのは {to} になります。",
  CHANGE_OPS_HOURS_BELOW:
    "運用工数 (全作業) が{levelText:message}の見積もりの {value:multiplier} 以下 (現在 {baseline:multiplier}) になると、最も安いのは {to} になります。",
  CHANGE_OPS_HOURS_ABOVE:
    "運用工数 (全作業) が{levelText:message}の見積もりの {value:multiplier} 以上 (現在 {baseline:multiplier}) になると、最も安いのは {to} になります。",
  CHANGE_EC2_HEADROOM_BELOW:
    "EC2 のヘッドルームが EC2 料金の {value:percent} 以下 (現在 {baseline:percent}) になると、最も安いのは {to} になります。",
  CHANGE_EC2_HEADROOM_ABOVE:
    "EC2 のヘッドルームが EC2 料金の {value:percent} 以上 (現在 {baseline:percent}) になると、最も安いのは {to} になります。",
  CHANGE_SPOT_SHARE_BELOW:
    "コンピューティングのスポット比率が {value:percent} 以下 (現在 {baseline:percent}) になると、最も安いのは {to} になります。",
  CHANGE_SPOT_SHARE_ABOVE:
    "コンピューティングのスポット比率が {value:percent} 以上 (現在 {baseline:percent}) になると、最も安いのは {to} になります。",
  CHANGE_SAVINGS_PLAN_COVERAGE_BELOW:
    "Compute Savings Plans の適用率が {value:percent} 以下 (現在 {baseline:percent}) になると、最も安いのは {to} になります。",
  CHANGE_SAVINGS_PLAN_COVERAGE_ABOVE:
    "Compute Savings Plans の適用率が {value:percent} 以上 (現在 {baseline:percent}) になると、最も安いのは {to} になります。",
  CHANGE_NOTHING_IN_RANGE:
    "探索した範囲では結論は変わりません: ワークロード {from:multiplier}〜{to:multiplier}、エンジニア単価 {rateLow:money}〜{rateHigh:money}/時間、運用工数 {opsLow:multiplier}〜{opsHigh:multiplier}、EC2 のヘッドルーム {headroomLow:percent}〜{headroomHigh:percent}、スポット比率と Savings Plans の適用率 {discountLow:percent}〜{discountHigh:percent}。",
  CHANGE_NOTHING_IN_RANGE_NO_DISCOUNTS:
    "探索した範囲では結論は変わりません: ワークロード {from:multiplier}〜{to:multiplier}、エンジニア単価 {rateLow:money}〜{rateHigh:money}/時間、運用工数 {opsLow:multiplier}〜{opsHigh:multiplier}、EC2 のヘッドルーム {headroomLow:percent}〜{headroomHigh:percent}。",
  CHANGE_MISSING_RATES: "不足している料金を含む価格スナップショットを使う (costcalc prices refresh) か、別のリージョンを選んでください。",
  CHANGE_REMOVE_RULED_OUT: "上の対象外の理由を取り除いてください (例: GPU のインスタンスタイプ、より小さいタスク)。",
  UPGRADE_NOTE_NO_EXTENDED_RATE: "このリージョンの価格表には延長サポートの料金がないため、その方針は見積もっていません。",
  UPGRADE_NOTE_LAGGING_MOVES_HOURS:
    "マイナーバージョンは飛ばせず (F4)、延長サポートは 12 か月で終わり強制的にアップグレードされます (F2)。遅らせても工数は後にずれるだけで、なくなりません (導出 1)。",
  BREAK_EVEN_SKIPPED_RULED_OUT: "対象外",
  BREAK_EVEN_SKIPPED_INCOMPLETE: "料金不明: {usages}",
} as const;
