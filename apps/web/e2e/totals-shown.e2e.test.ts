import { Decimal, PATTERN_IDS } from "@repo/core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** "$1,234.56" → 1234.56: the figure as a reader adds it up. */
const dollars = (text: string) => new Decimal(text.replace(/[^0-9.-]/g, "") || "0");

describe("totals add up as shown (issue 20 item 4)", () => {
  it("on the default page, each pattern's line items as shown sum to its shown monthly total; tables say what they cover", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId("lines-ecs-fargate").waitFor({ timeout: 30_000 });
    for (const id of PATTERN_IDS) {
      const table = page.getByTestId(`lines-${id}`);
      if ((await table.count()) === 0) continue;
      const shown = await table.locator("tbody .money").evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ""));
      const sum = shown.reduce((acc, text) => acc.plus(dollars(text)), new Decimal(0));
      const total = (await page.getByTestId(`lines-total-${id}`).evaluate((cell) => cell.firstChild?.textContent ?? "")) || "";
      expect(sum.toFixed(2), id).toBe(dollars(total).toFixed(2));
      expect(await table.locator("caption").textContent()).toContain("compute + shared extras");
    }
    expect(await page.getByTestId("totals").locator("caption").textContent()).toContain("ops effort not included");
    expect(await page.getByTestId("purchases").locator("caption").textContent()).toContain("Covers compute only");
    await context.close();
  });
});
