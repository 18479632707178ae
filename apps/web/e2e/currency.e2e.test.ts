import { embeddedPriceBook, formatReporting, modelScenario, toDecimalString } from "@repo/core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { withLocaleDefaults } from "../src/lib/locale-defaults";
import { SMALL_WEB_APP } from "../src/lib/presets";
import { toScenario } from "../src/lib/to-scenario";
import { launchChromium } from "./chromium";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The core's result for the default preset with the Japanese defaults (JPY, jp), as the page should show it. */
function expectedJapanese() {
  const { input } = toScenario(withLocaleDefaults(SMALL_WEB_APP.state, "ja"));
  const result = modelScenario(input, embeddedPriceBook(), { scale: false });
  const ecs = result.patterns[0]!.bill;
  return {
    exact: toDecimalString(ecs.monthlyUsd!),
    // ¥ at the core's dated default rate (¥148.54/$), rounded once to whole yen; ja-JP Intl writes the fullwidth ￥
    digits: formatReporting(ecs.monthlyUsd!, result.reporting).replace("¥", ""),
    labour: result.labour,
  };
}

describe("issue 21 in Chromium: the Japanese UI reports in yen with the jp labour market suggested", () => {
  it("l=ja: totals in JPY at the stated rate, the labour market select on jp marked 推奨 (suggested), changeable", async () => {
    const expected = expectedJapanese();
    expect(expected.labour).toMatchObject({ market: "jp", currency: "JPY" });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?l=ja`);
    const cell = page.getByTestId("monthly-ecs-fargate").first();
    await expect(cell.getAttribute("data-currency")).resolves.toBe("JPY");
    await expect(cell.getAttribute("data-exact-usd")).resolves.toBe(expected.exact);
    await expect(cell.textContent()).resolves.toContain(`￥${expected.digits}`);
    const market = page.getByLabel("労働市場 (既定のエンジニア単価が決まります) (推奨)");
    await expect(market.inputValue()).resolves.toBe("jp");
    await expect(page.getByLabel("金額の表示通貨 (推奨)").inputValue()).resolves.toBe("JPY");
    // the user can switch back to dollars: the same exact USD figure, shown as $
    await page.getByLabel("金額の表示通貨 (推奨)").selectOption("USD");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="monthly-ecs-fargate"]')?.getAttribute("data-currency") === "USD",
      null,
      {
        timeout: 15_000,
      },
    );
    await expect(page.getByTestId("monthly-ecs-fargate").first().textContent()).resolves.toMatch(/\$/);
    expect(await page.locator("body").innerText()).not.toMatch(/NaN|undefined/);
    await context.close();
  });

  it("l=en stays in USD with the us rates (no silent switch)", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?l=en`);
    const cell = page.getByTestId("monthly-ecs-fargate").first();
    await expect(cell.getAttribute("data-currency")).resolves.toBe("USD");
    await expect(page.getByLabel("Labour market (sets the default engineer rates)", { exact: true }).inputValue()).resolves.toBe("us");
    await context.close();
  });
});
