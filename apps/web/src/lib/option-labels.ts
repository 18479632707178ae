import { MESSAGES, type Locale, type Messages } from "./i18n";

/**
 * The form's select options in the page's language (issue 20 item 4). The value is the scenario's id
 * (what the URL and the core read); the label is what a person reads. AWS Japan's terms (glossary-ja.csv):
 * オンデマンド, スポット, リザーブドインスタンス, 前払いなし / 一部前払い / 全額前払い, 標準サポート / 延長サポート,
 * AWS サポートプランのベーシック…エンタープライズ. Architectures (x86_64, arm64) and currencies keep their ids.
 */
const LABELS: Record<Locale, Record<string, string>> = {
  en: {
    "purchase.on-demand": "On-Demand",
    "purchase.spot": "Spot",
    "purchase.reserved": "Reserved Instances",
    "purchase.ec2-instance-savings-plan": "EC2 Instance Savings Plans",
    "purchase.compute-savings-plan": "Compute Savings Plans",
    "payment.no-upfront": "No Upfront",
    "payment.partial-upfront": "Partial Upfront",
    "payment.all-upfront": "All Upfront",
    "term.1": "1 year",
    "term.3": "3 years",
    "os.linux": "Linux",
    "os.windows": "Windows",
    "eksSupport.standard": "Standard support",
    "eksSupport.extended": "Extended support",
    "insights.off": "Off",
    "insights.enhanced": "Enhanced observability",
    "support.none": "None (Basic)",
    "support.developer": "Developer",
    "support.business": "Business",
    "support.enterprise-on-ramp": "Enterprise On-Ramp",
    "support.enterprise": "Enterprise",
    "spotNeed.none": "Not needed",
    "spotNeed.preferred": "Preferred",
    "spotNeed.required": "Required",
  },
  ja: {
    "purchase.on-demand": "オンデマンド",
    "purchase.spot": "スポット",
    "purchase.reserved": "リザーブドインスタンス",
    "purchase.ec2-instance-savings-plan": "EC2 Instance Savings Plans",
    "purchase.compute-savings-plan": "Compute Savings Plans",
    "payment.no-upfront": "前払いなし",
    "payment.partial-upfront": "一部前払い",
    "payment.all-upfront": "全額前払い",
    "term.1": "1 年",
    "term.3": "3 年",
    "os.linux": "Linux",
    "os.windows": "Windows",
    "eksSupport.standard": "標準サポート",
    "eksSupport.extended": "延長サポート",
    "insights.off": "オフ",
    "insights.enhanced": "オブザーバビリティ強化",
    "support.none": "なし (ベーシック)",
    "support.developer": "デベロッパー",
    "support.business": "ビジネス",
    "support.enterprise-on-ramp": "エンタープライズ On-Ramp",
    "support.enterprise": "エンタープライズ",
    "spotNeed.none": "不要",
    "spotNeed.preferred": "できれば使う",
    "spotNeed.required": "必須",
  },
};

/** The page's locale from its messages (the form components receive `t`). */
function localeOf(t: Messages): Locale {
  return t === MESSAGES.ja ? "ja" : "en";
}

/**
 * Select options with labels in the page's language; a value without a label shows as itself.
 * @example optionLabels("payment", ["no-upfront"], MESSAGES.ja) //=> [{ value: "no-upfront", label: "前払いなし" }]
 */
export function optionLabels(group: string, values: readonly (string | number)[], t: Messages): { value: string; label: string }[] {
  const labels = LABELS[localeOf(t)];
  return values.map((value) => ({ value: String(value), label: labels[`${group}.${value}`] ?? String(value) }));
}
