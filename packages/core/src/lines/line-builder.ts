import { Decimal, parseDecimal } from "../money/decimal";
import { monthlyToYearly } from "../units/time";
import { renderMessage } from "../messages/english";
import { message, type Message } from "../messages/message";
import type { PriceBook } from "../price-book/price-book";
import type { MissingRate, Rate } from "../price-book/rate";
import { DETAIL_TEMPLATES } from "../messages/en/details";
import type { CostCategory, CostLine } from "./cost-line";
import { renderDetail } from "./line-detail";
import { memoEntry } from "../util/memo-entry";

export type LineRequest = {
  id: string;
  /** The line's name as a code (messages/en/lines.ts); the English `name` is rendered from it. */
  nameMessage: Message;
  category: CostCategory;
  service?: string;
  usage: string;
  quantity: Decimal;
  /** How the quantity was derived, as parts (messages/en/details.ts); the English `detail` is rendered from them. */
  detailMessages: readonly Message[];
  /** Look the rate up in this region instead of the builder's (GLOBAL_REGION rates: AWS Support, free allowances). */
  rateRegion?: string;
};

/** Appended to the detail of a line priced with a derived (not observed) rate. */
export const DERIVED_RATE_WORDING = DETAIL_TEMPLATES.DETAIL_DERIVED_RATE;
const DERIVED_RATE_PART = message("DETAIL_DERIVED_RATE");

/** A line name with the "(derived rate)" flag: the line's own code goes in `derivedLine`. */
export function derivedRateName(name: Message): Message {
  return name.code === "LINE_DERIVED_RATE" ? name : message("LINE_DERIVED_RATE", { ...name.params, derivedLine: name.code });
}

/** A rate's price as a decimal, parsed once per rate object (the book's rates are shared by every line and run). */
const parsedRates = new WeakMap<Rate, Decimal>();
const rateDecimal = (rate: Rate): Decimal => memoEntry(parsedRates, rate, (r) => parseDecimal(r.priceUsd));

/**
 * Turns line requests into priced lines for one region. A rate the book lacks is recorded in
 * `missing` (and the line is left out) instead of being guessed or thrown.
 */
export class LineBuilder {
  readonly missing: MissingRate[] = [];
  readonly lines: CostLine[] = [];

  /**
   * @param totalsOnly the break-even solver's scaled runs (decisions/evaluate-tco.ts): the lines keep every
   *   figure (quantity, rate, monthlyUsd, category, id) but not their English name and detail (left ""), which no total reads.
   */
  constructor(
    readonly book: PriceBook,
    readonly region: string,
    readonly totalsOnly = false,
  ) {}

  /**
   * Adds a line (zero-quantity lines are skipped); returns it, or undefined if skipped/missing.
   * `derive` turns the book's rate into the rate actually paid (a purchase option), keeping provenance.
   */
  add(request: LineRequest, derive?: (base: Rate) => Rate): CostLine | undefined {
    if (request.quantity.isZero()) return undefined;
    const region = request.rateRegion ?? this.region;
    const base = this.book.rate(region, request.usage);
    if (!base) {
      if (!this.missing.some((m) => m.usage === request.usage)) {
        this.missing.push({
          region,
          usage: request.usage,
          neededFor: renderMessage(request.nameMessage),
          neededForMessage: request.nameMessage,
        });
      }
      return undefined;
    }
    const rate = derive ? derive(base) : base;
    const rateUsd = rateDecimal(rate);
    const nameMessage = rate.basis === "derived" ? derivedRateName(request.nameMessage) : request.nameMessage;
    const detailMessages = rate.basis === "derived" ? [...request.detailMessages, DERIVED_RATE_PART] : request.detailMessages;
    const monthlyUsd = request.quantity.times(rateUsd);
    const line: CostLine = {
      id: request.id,
      name: this.totalsOnly ? "" : renderMessage(nameMessage),
      nameMessage,
      category: request.category,
      ...(request.service !== undefined ? { service: request.service } : {}),
      quantity: request.quantity,
      unit: rate.unit,
      rate,
      rateUsd,
      monthlyUsd,
      yearlyUsd: monthlyToYearly(monthlyUsd),
      detail: this.totalsOnly ? "" : renderDetail(detailMessages, renderMessage),
      detailMessages,
    };
    this.lines.push(line);
    return line;
  }
}

/** Plain decimal for details: "0.25", "730". */
export function fmt(value: Decimal | number): string {
  return value instanceof Decimal ? value.toDecimalPlaces(6).toFixed() : String(value);
}
