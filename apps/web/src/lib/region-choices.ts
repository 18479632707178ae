import { priceCoverage, refreshCommand, type PriceBook, type RegionCoverage } from "@repo/core";
import type { Locale, Messages } from "./i18n";

/** One entry of the region picker: the AWS region and how much of it the snapshot prices (core's coverage). */
export type RegionChoice = { code: string; nameEn: string; nameJa: string; status: RegionCoverage["status"]; refreshCommand: string };

const choicesOfBook = new WeakMap<PriceBook, RegionChoice[]>();

/**
 * Every AWS region with its coverage in the server's price book (computed on the server, passed as
 * plain data). Once per book: a price book never changes, and the coverage of every region is a few
 * ms of every page render otherwise (issue 17 load).
 */
export function regionChoices(book: PriceBook): RegionChoice[] {
  const known = choicesOfBook.get(book);
  if (known) return known;
  const choices = priceCoverage(book).map((c) => ({
    code: c.region.code,
    nameEn: c.region.nameEn,
    nameJa: c.region.nameJa,
    status: c.status,
    refreshCommand: refreshCommand(c.region.code),
  }));
  choicesOfBook.set(book, choices);
  return choices;
}

/** @example regionLabel(tokyo, messagesFor("ja"), "ja") //=> "ap-northeast-1 — アジアパシフィック (東京) · 全料金あり" */
export function regionLabel(choice: RegionChoice, t: Messages, locale: Locale): string {
  return `${choice.code} — ${locale === "ja" ? choice.nameJa : choice.nameEn} · ${t[`coverage.${choice.status}`]}`;
}
