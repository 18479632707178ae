// @vitest-environment happy-dom
import { Decimal, embeddedPriceBook, PATTERN_IDS, roundToCents } from "@repo/core";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildView } from "../../lib/build-view";
import { messagesFor } from "../../lib/i18n";
import { MICROSERVICES, PRESETS } from "../../lib/presets";
import { LineItems } from "./line-items";

const book = embeddedPriceBook();
const t = messagesFor("en");

afterEach(cleanup);

/** The cents a cell shows ("$1,234.56" → 1234.56), as the reader adds them up. */
const shownDollars = (text: string | null) => new Decimal((text ?? "").replace(/[^0-9.-]/g, "") || "0");

describe("line items add up as shown (issue 20 item 4)", () => {
  it.each(PRESETS.map((preset) => ({ id: preset.id, state: preset.state })))(
    "$id: in every pattern, the shown line amounts sum to the shown monthly total; each exact value is in the title",
    ({ state }) => {
      const { view } = buildView(state, book);
      for (const pattern of view?.patterns ?? []) {
        if (pattern.lines.length === 0) continue;
        render(<LineItems pattern={pattern} t={t} locale="en" />);
        const table = screen.getByTestId(`lines-${pattern.id}`);
        const cells = [...table.querySelectorAll("tbody .money")];
        expect(cells).toHaveLength(pattern.lines.length);
        const sum = cells.reduce((acc, cell) => acc.plus(shownDollars(cell.textContent)), new Decimal(0));
        const total = screen.getByTestId(`lines-total-${pattern.id}`);
        expect(sum.toFixed(2), pattern.id).toBe(shownDollars(total.textContent).toFixed(2));
        // the total shown is the exact total rounded once; each line's title keeps its exact amount
        expect(shownDollars(total.textContent).toFixed(2)).toBe(roundToCents(new Decimal(pattern.monthlyUsd ?? "0")));
        expect(cells.map((cell) => cell.getAttribute("data-exact-usd"))).toEqual(pattern.lines.map((line) => line.monthlyUsd));
        cleanup();
      }
    },
  );

  it("the microservices estate has lines whose own rounding would not add up (so the allocation is exercised, not idle)", () => {
    const { view } = buildView(MICROSERVICES.state, book);
    const drifts = PATTERN_IDS.map((id) => view?.patterns.find((p) => p.id === id)).filter((p) => {
      if (!p || p.lines.length === 0 || p.monthlyUsd === null) return false;
      const eachRounded = p.lines.reduce((acc, line) => acc.plus(roundToCents(new Decimal(line.monthlyUsd))), new Decimal(0));
      return !eachRounded.eq(roundToCents(new Decimal(p.monthlyUsd)));
    });
    expect(drifts.length).toBeGreaterThan(0);
  });
});
