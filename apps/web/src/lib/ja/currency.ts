/**
 * Japanese for core's reporting messages (issue 21: labour market, reporting currency, consumption
 * tax). Terms: glossary-ja.csv (消費税, 税抜, 適格請求書, エンジニア単価 (USD/時間)); the settings keep
 * their scenario field names (ops.labourMarket, reporting.consumptionTax) so they can be typed as shown.
 */
export const JA_CURRENCY_TEMPLATES = {
  SUGGEST_LABOUR_MARKET_JP:
    "{region} は日本のリージョンですが、エンジニア単価は既定の米国の水準 ({rate}/時間) です。日本の水準 (標準 ¥5,000/時間、厚生労働省・経済産業省) にするには ops.labourMarket: jp を指定してください。",
  SUGGEST_CONSUMPTION_TAX:
    "AWS の合計には 10% の消費税が含まれていません (AWS の価格は税抜です。適格請求書発行事業者は仕入税額控除で回収できます)。明細項目として表示するには reporting.consumptionTax: true を指定してください。",
  REPORT_CURRENCY: "金額は {currency} で、為替レートは ¥{jpyPerUsd}/$ ({asOf}、{source}) です。AWS の料金単価は USD のままです。",
} as const;
