import { priceCoverage, refreshCommand, type PriceBook, type RegionCoverage } from "@repo/core";
import type { Locale, Messages } from "./i18n";

/** One entry of the region picker: the AWS region and how much of it the snapshot prices (core's coverage). */
export type RegionChoice = { code: string; nameEn: string; nameJa: string; status: RegionCoverage["status"]; refreshCommand: string };

/** Every AWS region with its coverage in the server's price book (computed on the server, passed as plain data). */
export function regionChoices(book: PriceBook): RegionChoice[] {
  return priceCoverage(book).map((c) => ({
    code: c.region.code,
    nameEn: c.region.nameEn,
    nameJa: c.region.nameJa,
    status: c.status,
    refreshCommand: refreshCommand(c.region.code),
  }));
}

/** @example regionLabel(tokyo, messagesFor("ja"), "ja") //=> "ap-northeast-1 — アジアパシフィック (東京) · 全料金あり" */
export function regionLabel(choice: RegionChoice, t: Messages, locale: Locale): string {
  return `${choice.code} — ${locale === "ja" ? choice.nameJa : choice.nameEn} · ${t[`coverage.${choice.status}`]}`;
}
