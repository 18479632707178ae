/** Reporting currency, labour market and consumption tax (issue 21: model/report-context.ts). */
export const REPORT_TEMPLATES = {
  SUGGEST_LABOUR_MARKET_JP:
    "{region} is in Japan: engineer rates use the default US labour market ({rate}/h); set ops.labourMarket: jp for Japanese rates (¥5,000/h typical, MHLW/METI)",
  SUGGEST_CONSUMPTION_TAX:
    "Japan's 10 % consumption tax is not in the AWS totals (AWS prices exclude it; JCT-registered businesses recover it); set reporting.consumptionTax: true to show it as a line",
  REPORT_CURRENCY: "Amounts in {currency} at ¥{jpyPerUsd}/$ ({asOf}, {source}); AWS rates stay in USD",
} as const satisfies Record<string, string>;
