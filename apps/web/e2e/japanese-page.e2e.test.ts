import { DEFAULT_DAEMON_SETS } from "@repo/core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { MICROSERVICES, NIGHTLY_BATCH, SMALL_WEB_APP, type Preset } from "../src/lib/presets";
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

/** Loads a preset with its button (マイクロサービス群 …) and waits for its EKS on EC2 total to be the core's. */
async function loadPreset(page: Page, preset: Preset, button: string): Promise<void> {
  await page.getByRole("button", { name: button }).click();
  const exact = expectedTotals(preset.state)["eks-ec2"].exact;
  await page.waitForFunction(
    (value) => document.querySelector('[data-testid="monthly-eks-ec2"]')?.getAttribute("data-exact-usd") === value,
    exact,
    { timeout: WAIT_MS },
  );
}

/**
 * The scenario's own names: its services (typed in the form) and its per-node agents (core's default
 * ec2.daemonSets, log-agent and metrics-agent, which a scenario names itself) — the user's data, not text.
 */
const ownNames = (services: readonly { name: string }[]) => [...services.map((row) => row.name), ...DEFAULT_DAEMON_SETS.map((d) => d.name)];

/** "word  ← the text around it" per English word left, for a failure a translator can act on. */
const listed = (words: { word: string; context: string }[]) => words.map(({ word, context }) => `${word}  ← ${context}`);

/**
 * A state with most options away from their defaults: a 3-year RI (partial upfront) on EC2, a Compute Savings
 * Plan on ECS on Fargate, privileged containers, DaemonSets and required Spot, extended support, enhanced
 * Container Insights, a Business support plan, VPC endpoints, an NLB, ECR and snapshot storage, a Windows service.
 */
const MANY_OPTIONS =
  "?l=ja&po=reserved&pot=3&pop=partial-upfront&fpe=compute-savings-plan&fpt=1&fpp=no-upfront&priv=yes&ds=yes&spot=required" +
  "&tier=extended&ci=enhanced&sup=business&vpce=2&nlb=1&ecr=10&snap=5&s=web;2;0.5;1;x86_64;linux;h730,win;2;1;2;x86_64;windows;h730";

/** Values no select offers, typed into the URL (a hand-edited link): each select's error lists its own options. */
const UNKNOWN_VALUES = { po: "bogus", pop: "sometimes", tier: "bogus", ci: "maybe", sup: "gold", spot: "always" };
const WITH_UNKNOWN_VALUES = `?l=ja&${new URLSearchParams(UNKNOWN_VALUES)}&s=web;2;0.5;1;x86_64;solaris;h730`;

describe("a Japanese page with no English text from core (issue 20 items 2 and 7)", () => {
  it.each([
    { why: "default scenario (small web app)", query: "?l=ja", names: ownNames(SMALL_WEB_APP.state.services) },
    {
      why: "microservice preset (ten services, node groups of both architectures)",
      query: "?l=ja",
      preset: { preset: MICROSERVICES, button: "マイクロサービス群" },
      names: ownNames(MICROSERVICES.state.services),
    },
    {
      why: "nightly-batch preset (batch node groups, per-run schedules)",
      query: "?l=ja",
      preset: { preset: NIGHTLY_BATCH, button: "夜間バッチ" },
      names: ownNames(NIGHTLY_BATCH.state.services),
    },
    {
      why: "most options set (commitments, workload features, extras, Windows)",
      query: MANY_OPTIONS,
      names: ownNames([{ name: "web" }, { name: "win" }]),
    },
    {
      // the user's own wrong values stay on the page (the select shows what the link holds): their data, not text
      why: "unknown option values in the link (errors beside each select)",
      query: WITH_UNKNOWN_VALUES,
      names: [...ownNames([{ name: "web" }]), ...Object.values(UNKNOWN_VALUES), "solaris"],
      hasErrors: true,
    },
  ])(
    "$why: every text a user reads, on screen and in the print handout, is Japanese or an allowed Latin term",
    async ({ query, preset, names, hasErrors }) => {
      const page = await openPage(query);
      if (preset) await loadPreset(page, preset.preset, preset.button);
      // a form with errors shows them (the summary) instead of the results
      if (hasErrors) await page.getByTestId("error-summary").waitFor({ timeout: WAIT_MS });
      else await settled(page);
      const screen = await readableTexts(page);
      expect(screen.length, "the walk read the page").toBeGreaterThan(hasErrors ? 200 : 500);
      await page.emulateMedia({ media: "print" });
      const handout = await readableTexts(page);
      const words = englishWords([...screen, ...handout], names);
      expect(listed(words), `${words.length} English words`).toEqual([]);
      await page.context().close();
    },
  );
});
