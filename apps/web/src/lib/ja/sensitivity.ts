/**
 * Japanese for the sensitivity rows' labels, units and bases (codes: packages/core/src/messages/en/sensitivity.ts).
 * Labels and units are table cells (体言止め); bases are prose (です/ます). Evidence ids (F35, S8) stay as cited.
 */
export const JA_SENSITIVITY_TEMPLATES = {
  SENS_ENGINEER_RATE: "エンジニア単価",
  SENS_OPS_HOURS: "運用工数 (全作業)",
  SENS_EC2_HEADROOM: "EC2 のヘッドルーム (未使用のノード容量)",
  SENS_SPOT_SHARE: "コンピューティングのスポット比率",
  SENS_SAVINGS_PLAN_COVERAGE: "Compute Savings Plans の適用率",
  SENS_UNIT_USD_PER_HOUR: "USD/時間",
  SENS_UNIT_TIMES_LEVEL_HOURS: "× {levelText:message}の工数",
  SENS_UNIT_SHARE_OF_EC2: "EC2 料金に対する比率",
  SENS_UNIT_SHARE: "比率",
  SENS_BASIS_ENGINEER_RATE_US: "運用工数 × 単価です。範囲は 62〜150 USD/時間です (F35–F38)。",
  SENS_BASIS_ENGINEER_RATE_JP: "運用工数 × 単価です。範囲は 3,500〜8,000 円/時間です (日本の労働市場、F39–F41)。",
  SENS_BASIS_OPS_HOURS:
    "各作業の工数に係数を掛けます。範囲は、調査による低・高の工数を見出しの工数レベルに対する比で表したものです (ops-effort.md §3)。",
  SENS_BASIS_EC2_HEADROOM:
    "詰め込んだノードのほかに確保する空き容量です。ヘッドルーム h は EC2 インスタンス料金の h 倍を加えます (使用率 ÷ (1 + h))。ノードの詰め込みと運用のノード規則は再計算しません。範囲は 0〜50 % です (判断)。",
  SENS_BASIS_SPOT:
    "EC2 ノードは購入オプション [スポット] と同じ各タイプのスポット料金です (タイプとリージョンがあればスポットのスナップショット S33、なければ S4 の参考比率による見積もり)。Fargate のコンピューティングは {discount:percent} 引きです (Fargate Spot とオンデマンドの比較、Linux/x86 の vCPU、S8)。EKS on Fargate にはスポットがありません。",
  SENS_BASIS_SPOT_NO_FARGATE_RATE:
    "EC2 ノードは購入オプション [スポット] と同じ各タイプのスポット料金です (タイプとリージョンがあればスポットのスナップショット S33、なければ S4 の参考比率による見積もり)。このリージョンの価格表には Fargate Spot の料金がありません。EKS on Fargate にはスポットがありません。",
  SENS_BASIS_SAVINGS_PLAN:
    "EC2 ノードは {ec2Discount:percent} 引きです (1 年・前払いなし。m5.large のコンバーティブル RI の参考料金 S3 からの見積もりで、購入オプションの計算と同じ)。Fargate のコンピューティングは {discount:percent} 引きです (1 年・前払いなしの Compute Savings Plans とオンデマンドの比較、Linux/x86 の vCPU、S8)。",
  SENS_BASIS_SAVINGS_PLAN_NO_FARGATE_RATE:
    "EC2 ノードは {ec2Discount:percent} 引きです (1 年・前払いなし。m5.large のコンバーティブル RI の参考料金 S3 からの見積もりで、購入オプションの計算と同じ)。このリージョンの価格表には Fargate の Savings Plans 料金がありません。",
} as const;
