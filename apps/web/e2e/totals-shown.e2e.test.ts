import { Decimal, PATTERN_IDS } from "@repo/core";
import { describe, expect, it } from "vitest";
import { browserSession } from "./browser-session";
import { WAIT_MS } from "./waits";

const { openPage } = browserSession({ viewport: { width: 1400, height: 1000 } });

/** "$1,234.56" → 1234.56: the figure as a reader adds it up. */
const dollars = (text: string) => new Decimal(text.replace(/[^0-9.-]/g, "") || "0");

describe("totals add up as shown (issue 20 item 4)", () => {
  it("on the default page, each pattern's line items as shown sum to its shown monthly total; tables say what they cover", async () => {
    const page = await openPage();
    await page.getByTestId("lines-ecs-fargate").waitFor({ timeout: WAIT_MS });
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
    await page.context().close();
  });
});
