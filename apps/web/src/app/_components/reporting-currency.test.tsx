// @vitest-environment happy-dom
import { Decimal, embeddedPriceBook, fromReportingAmount, roundToCents } from "@repo/core";
import { cleanup, render, screen, within } from "@testing-library/react";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { buildView } from "../../lib/build-view";
import { messagesFor, type Locale } from "../../lib/i18n";
import { withLocaleDefaults } from "../../lib/locale-defaults";
import { SMALL_WEB_APP } from "../../lib/presets";
import { ReportingContext } from "../../lib/reporting";
import type { ScenarioState } from "../../lib/scenario-state";
import type { CalculatorView } from "../../lib/view-types";
import { FxNote } from "./fx-note";
import { Money } from "./money";
import { Results } from "./results";

const book = embeddedPriceBook();
const viewOf = (state: ScenarioState): CalculatorView => {
  const { view, errors } = buildView(state, book, { withAnalysis: true });
  if (!view) throw new Error(JSON.stringify(errors));
  return view;
};
const renderPage = (state: ScenarioState, locale: Locale) => {
  const view = viewOf(state);
  render(
    <>
      <FxNote reporting={view.json.reporting} locale={locale} t={messagesFor(locale)} />
      <Results view={view} errors={{}} services={state.services} isStale={false} t={messagesFor(locale)} locale={locale} />
    </>,
  );
  return view;
};
const grouped = (whole: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
/** Whole yen of an exact USD figure at `rate` (default: the core's dated ¥148.54/$), rounded once half-up, grouped. */
const yenOnce = (usd: string, rate: Decimal | string = "148.54") => grouped(new Decimal(usd).times(rate).toFixed(0, Decimal.ROUND_HALF_UP));

afterEach(cleanup);

describe("one reporting currency on the page (issue 21)", () => {
  it("Japanese page (l=ja suggests JPY): every total is the core's USD × ¥148.54, rounded once, written 'N 円'", () => {
    const view = renderPage(withLocaleDefaults(SMALL_WEB_APP.state, "ja"), "ja");
    expect(view.json.reporting.currency).toBe("JPY");
    for (const p of view.patterns.filter((x) => x.monthlyUsd !== null)) {
      const cell = screen.getByTestId(`monthly-${p.id}`);
      // hand: the exact monthly USD times the stated rate, rounded to the yen once (never from the cents)
      expect(cell.textContent, p.id).toBe(`${p.lowerBound ? "≥ " : ""}${yenOnce(p.monthlyUsd ?? "")} 円`);
      expect(cell.getAttribute("data-exact-amount")).toBe(new Decimal(p.monthlyUsd ?? "").times("148.54").toFixed());
    }
    // No dollar amount in the totals or TCO tables; dollars only in the bill lines' rate column (AWS provenance).
    expect(screen.getByTestId("totals").textContent).not.toContain("$");
    expect(screen.getByTestId("tco").querySelector("table")?.textContent).not.toContain("$");
    const lines = screen.getByTestId("lines-ecs-fargate");
    for (const cell of within(lines).getAllByTestId("line-rate")) expect(cell.textContent).toMatch(/^\$[\d.]+\/\S+/);
    const amounts = [...lines.querySelectorAll("tbody .money")].map((m) => m.textContent ?? "");
    expect(amounts.every((text) => /^-?[\d,]+ 円$/.test(text))).toBe(true);
    // the whole-yen lines add up to the whole-yen total shown under them
    const sum = amounts.reduce((acc, text) => acc + Number(text.replace(/[^\d-]/g, "")), 0);
    expect(screen.getByTestId("lines-total-ecs-fargate").textContent?.replace(/[^\d]/g, "")).toBe(String(sum));
    // the one rate, dated and sourced (core's default source, the Federal Reserve's H.10, named in Japanese)
    expect(screen.getByTestId("fx-note").textContent).toContain("¥148.54/$ (2024-02-02、米国連邦準備制度理事会 (FRB) の H.10");
  });

  it("Japanese page: the jp engineer rate reads 5,000 円/h in the TCO panel (MHLW/METI typical), and no message shows '$'", () => {
    renderPage(withLocaleDefaults(SMALL_WEB_APP.state, "ja"), "ja");
    expect(screen.getByTestId("engineer-rate").textContent).toBe("5,000 円");
    for (const id of ["recommendation-reasons", "would-change", "sensitivity-table"])
      expect(screen.getByTestId(id).textContent, id).not.toContain("$");
    expect(screen.getByTestId("would-change").textContent).toContain("円");
  });

  it("English page with cur=JPY shows yen too ('¥N'); a Japanese page with cur=USD shows dollars", () => {
    const view = renderPage({ ...SMALL_WEB_APP.state, currency: "JPY" }, "en");
    const p = view.patterns.find((x) => x.monthlyUsd !== null && !x.lowerBound);
    expect(screen.getByTestId(`monthly-${p?.id}`).textContent).toBe(`¥${yenOnce(p?.monthlyUsd ?? "")}`);
    cleanup();
    renderPage({ ...withLocaleDefaults(SMALL_WEB_APP.state, "ja"), currency: "USD" }, "ja");
    expect(screen.getByTestId("totals").textContent).not.toContain("円");
    expect(screen.getByTestId("totals").textContent).toMatch(/\$[\d,]+\.\d{2}/);
    // the engineer rate is still in yen (jp labour market), so the rate it was converted with is stated
    expect(screen.getByTestId("fx-note").textContent).toContain("¥148.54/$");
  });

  it("an English USD page states no exchange rate", () => {
    renderPage(SMALL_WEB_APP.state, "en");
    expect(screen.queryByTestId("fx-note")).toBeNull();
  });

  it("property: a shown yen figure is the USD figure × rate rounded once, and its exact amount converts back to the USD to the cent", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 100, max: 1_000_000 }), (tenThousandths, r) => {
        const usd = new Decimal(tenThousandths.toString()).div(10_000).toFixed();
        const reporting = {
          currency: "JPY" as const,
          fx: { jpyPerUsd: new Decimal(r).div(100), asOf: "2026-12-01", source: "test", userSet: true },
        };
        render(
          <ReportingContext value={reporting}>
            <Money usd={usd} locale="ja" testId="m" />
          </ReportingContext>,
        );
        const shown = screen.getByTestId("m");
        const back = fromReportingAmount(new Decimal(shown.getAttribute("data-exact-amount") ?? "NaN"), reporting);
        expect(roundToCents(back)).toBe(roundToCents(new Decimal(usd)));
        expect(shown.textContent).toBe(`${yenOnce(usd, reporting.fx.jpyPerUsd)} 円`);
        cleanup();
      }),
      { numRuns: 60 },
    );
  });
});
