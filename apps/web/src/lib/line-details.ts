import { renderDetail, type FillOptions, type Message } from "@repo/core";
import { renderCoreMessage } from "./core-messages";
import type { Locale } from "./i18n";

/**
 * A cost line's detail in the user's language: core's parts (`detailMessages`, codes + parameters) joined
 * by core's own rule (`renderDetail`), each part rendered from the web's catalog. English is the core's
 * `detail`, to the character.
 * @example lineDetail([{ code: "DETAIL_NAT_IPS", params: { gateways: 2 } }, { code: "DETAIL_IP_HOURS_CONT", params: { ipHours: "730" } }], "ja") //=> "2 ゲートウェイ × 1 IP × 730 時間"
 */
export function lineDetail(parts: readonly Message[], locale: Locale, options: FillOptions = {}): string {
  return renderDetail(parts, (part) => renderCoreMessage(part, locale, options));
}

/**
 * Price-list units as AWS Japan writes them (glossary-ja.csv: "GB-month" → "GB/月", "hour" → 時間; the
 * Fargate and ELB pages: "vCPU 時間", "LCU 時間"); a unit not listed is shown as the price list has it.
 */
const JA_UNITS: Record<string, string> = {
  hour: "時間",
  month: "か月",
  "vCPU-hour": "vCPU 時間",
  "GB-hour": "GB 時間",
  "GB-month": "GB/月",
  "IOPS-month": "IOPS/月",
  "MBps-month": "MB/秒/月",
  "IP-hour": "IP 時間",
  "LCU-hour": "LCU 時間",
  "NLCU-hour": "NLCU 時間",
  "cluster-hour": "クラスター時間",
  "endpoint-AZ-hour": "エンドポイント・AZ 時間",
  "instance-hour": "インスタンス時間",
  "engineer-hour": "エンジニア時間",
  "million-observations": "100 万観測値",
};

/** @example unitLabel("GB-month", "ja") //=> "GB/月" */
export function unitLabel(unit: string, locale: Locale): string {
  return locale === "ja" ? (JA_UNITS[unit] ?? unit) : unit;
}
