import { DEFAULT_DAEMON_SETS } from "@repo/core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { MICROSERVICES, SMALL_WEB_APP } from "../src/lib/presets";
import { browserSession } from "./browser-session";
import { expectedTotals } from "./core-expectations";
import { englishWords } from "./english-words";
import { readableTexts } from "./readable-text";
import { WAIT_MS } from "./waits";

const { openPage } = browserSession({ viewport: { width: 1400, height: 1000 } });

/** The page has settled: totals shown and the break-even analysis arrived (no "searching…" left anywhere). */
async function settled(page: Page): Promise<void> {
  await page.getByTestId("totals").waitFor({ timeout: WAIT_MS });
  await expect.poll(() => page.getByTestId("analysis-pending").count(), { timeout: WAIT_MS }).toBe(0);
  await expect.poll(() => page.locator('[data-state="pending"]').count(), { timeout: WAIT_MS }).toBe(0);
  await page.getByTestId("trade-off-matrix").waitFor({ timeout: WAIT_MS });
}

/**
 * The scenario's own names: its services (typed in the form) and its per-node agents (core's default
 * ec2.daemonSets, log-agent and metrics-agent, which a scenario names itself) — the user's data, not text.
 */
const ownNames = (services: readonly { name: string }[]) => [...services.map((row) => row.name), ...DEFAULT_DAEMON_SETS.map((d) => d.name)];

/** "word  ← the text around it" per English word left, for a failure a translator can act on. */
const listed = (words: { word: string; context: string }[]) => words.map(({ word, context }) => `${word}  ← ${context}`);

describe("a Japanese page with no English text from core (issue 20 items 2 and 7)", () => {
  it("?l=ja, default scenario: every text a user reads (screen and print handout) is Japanese or an allowed Latin term", async () => {
    const page = await openPage("?l=ja");
    await settled(page);
    const screen = await readableTexts(page);
    expect(screen.length, "the walk read the page").toBeGreaterThan(500);
    await page.emulateMedia({ media: "print" });
    const handout = await readableTexts(page);
    const words = englishWords([...screen, ...handout], ownNames(SMALL_WEB_APP.state.services));
    expect(listed(words), `${words.length} English words`).toEqual([]);
    await page.context().close();
  });

  it("?l=ja, microservice preset (ten services, node groups of both architectures): no English word either", async () => {
    const page = await openPage("?l=ja");
    await page.getByRole("button", { name: "マイクロサービス群" }).click();
    const exact = expectedTotals(MICROSERVICES.state)["eks-ec2"].exact;
    await page.waitForFunction(
      (value) => document.querySelector('[data-testid="monthly-eks-ec2"]')?.getAttribute("data-exact-usd") === value,
      exact,
      { timeout: WAIT_MS },
    );
    await settled(page);
    const screen = await readableTexts(page);
    await page.emulateMedia({ media: "print" });
    const handout = await readableTexts(page);
    const words = englishWords([...screen, ...handout], ownNames(MICROSERVICES.state.services));
    expect(listed(words), `${words.length} English words`).toEqual([]);
    await page.context().close();
  });
});
