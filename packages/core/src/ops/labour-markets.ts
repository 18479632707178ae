import type { Currency } from "../currency/currency";
import type { OpsLevel } from "../scenario/ops-schema";
import { band, type Band } from "./bands";

/** Labour markets with sourced engineer-rate defaults (shared/research/ops-effort.md §1.5, §3.2). */
export const LABOUR_MARKET_IDS = ["us", "jp"] as const;
export type LabourMarketId = (typeof LABOUR_MARKET_IDS)[number];

export type LabourMarket = {
  id: LabourMarketId;
  /** The currency the rates are stated in (converted to USD for the model at the report's one rate). */
  currency: Currency;
  /** Loaded engineer cost per hour, low / typical / high, in `currency`. */
  hourly: Band;
  sources: Record<OpsLevel, string>;
  /** Publication date of the newest figure the defaults rest on. */
  asOf: string;
};

export const LABOUR_MARKETS: Record<LabourMarketId, LabourMarket> = {
  /**
   * US (BLS): low $62 = sysadmin median $90,520/yr (F35) ÷ 2,080 paid h ÷ 0.705 wage share (F37) = $61.73;
   * typical $90 = software-developer median $132,270/yr (F36) ÷ 2,080 ÷ 0.705 = $90.20; high $150 = judgement
   * for senior SRE / contractor rates (F38). Office, tooling and management overhead excluded.
   */
  us: {
    id: "us",
    currency: "USD",
    hourly: band("62", "90", "150"),
    sources: { low: "ops-effort.md F35, F37", typical: "ops-effort.md F36, F37", high: "ops-effort.md F38 (judgement)" },
    asOf: "2025-03-14",
  },
  /**
   * Japan (MHLW/METI, 1,900 paid h/yr, cash wages = 82.0 % of labour cost, F41): low ¥3,500 ≈ ソフトウェア作成者
   * ¥5.50M/yr (F39, MHLW 賃金構造基本統計調査 R4) ÷ 1,900 ÷ 0.82 = ¥3,530; typical ¥5,000 ≈ 高度SE/ITアーキテクト
   * ¥7.78M (F40, METI 2017) ÷ 1,900 ÷ 0.82 = ¥4,994; high ¥8,000 = judgement for SES contractor / senior rates (unsourced).
   * As of: F39's data year 2022 (R4), the newest figure.
   */
  jp: {
    id: "jp",
    currency: "JPY",
    hourly: band("3500", "5000", "8000"),
    sources: {
      low: "ops-effort.md F39, F41 (MHLW)",
      typical: "ops-effort.md F40, F41 (METI, MHLW)",
      high: "ops-effort.md §3.2 (judgement)",
    },
    asOf: "2022",
  },
};

/** Regions whose teams are most likely in the Japanese labour market: the UI suggests `jp` for them (never silently). */
export const JP_SUGGESTED_REGIONS: readonly string[] = ["ap-northeast-1", "ap-northeast-3"];
