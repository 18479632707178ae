import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PATTERN_IDS } from "@repo/core";
import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { MICROSERVICES } from "../src/lib/presets";
import { browserSession } from "./browser-session";
import { WAIT_MS } from "./waits";
import { expectedTotals } from "./core-expectations";
import { WEB_ROOT } from "./web-server";

/** Issue 20: the web calculator a budget review can use (phone layout, Japanese, exports, handout, no-JS). */
const baseUrl = inject("baseUrl");
const CLI = join(WEB_ROOT, "../cli/dist/costcalc.mjs");
const { openPage } = browserSession({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });

/** The page's exact monthly AWS total per pattern (data-exact-usd of the totals table). */
async function pageTotals(page: Page): Promise<Record<string, string | null>> {
  const totals: Record<string, string | null> = {};
  for (const id of PATTERN_IDS) totals[id] = await page.getByTestId(`monthly-${id}`).first().getAttribute("data-exact-usd");
  return totals;
}

/** `costcalc estimate FILE --format json` (the built CLI) → its exact monthly total per pattern. */
function cliTotals(file: string): Record<string, string | null> {
  if (!existsSync(CLI)) throw new Error(`the CLI is not built (${CLI}): run \`pnpm --filter @repo/cli build\` first`);
  const out = execFileSync(process.execPath, [CLI, "estimate", file, "--format", "json"], { encoding: "utf8", timeout: WAIT_MS });
  const json = JSON.parse(out) as { patterns: { id: string; monthlyUsd: string | null }[] };
  return Object.fromEntries(json.patterns.map((p) => [p.id, p.monthlyUsd]));
}

/** Loads the microservice estate (ten services: wide node-group and line tables) with its preset button. */
async function openMicroservices(options: BrowserContextOptions = {}): Promise<Page> {
  const page = await openPage("", options);
  await page.getByRole("button", { name: "Microservice estate" }).click();
  const exact = expectedTotals(MICROSERVICES.state)["eks-ec2"].exact;
  await page.waitForFunction(
    (value) => document.querySelector('[data-testid="monthly-eks-ec2"]')?.getAttribute("data-exact-usd") === value,
    exact,
    {
      timeout: WAIT_MS,
    },
  );
  return page;
}

const overflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

describe("responsive layout", () => {
  it.each([360, 390, 768, 1440])("at %i px nothing scrolls sideways: the page is no wider than the window", async (width) => {
    const page = await openMicroservices({ viewport: { width, height: 800 } });
    await page.getByTestId("node-plans").waitFor();
    const { scrollWidth, innerWidth } = await overflow(page);
    expect(scrollWidth, `scrollWidth at ${width} px`).toBeLessThanOrEqual(innerWidth);
    await page.context().close();
  });

  it("on a phone (390 px) the summary bar shows the recommendation and stays at the top while the form is scrolled", async () => {
    const page = await openPage("", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const bar = page.getByTestId("summary-bar");
    expect(await bar.isVisible()).toBe(true);
    expect(await bar.textContent()).toMatch(/ECS|EKS/);
    await page.getByLabel("NAT gateways", { exact: true }).scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    expect(box?.y, "sticky at the top of the viewport").toBeLessThanOrEqual(1);
    await page.context().close();
  });

  it("on a phone the node-group table scrolls inside its panel, with a cue, under its own headers", async () => {
    const page = await openPage("", { viewport: { width: 360, height: 800 } });
    const panel = page.getByTestId("node-plans");
    await panel.waitFor();
    const sizes = await panel.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll, "the table is wider than the panel: it scrolls inside it").toBeGreaterThan(sizes.client);
    expect(await panel.locator(".scroll-hint").isVisible()).toBe(true);
    const headers = await panel.locator("thead th").allTextContents();
    expect(headers).toContain("Instance type");
    expect(headers.join(" ")).not.toContain("empty = cheapest fit");
    await page.context().close();
  });
});

describe("Japanese", () => {
  it("the headline reads in Japanese order and the core's constraint and ruled-out reasons are Japanese (privileged workload)", async () => {
    const page = await openPage("?l=ja&priv=yes");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("AWS コンテナ料金計算ツール");
    expect(await page.getByTestId("recommendation").textContent()).toMatch(/総保有コスト \(TCO\) が最も低いのは .+ です/);
    const constraints = (await page.getByTestId("constraints").textContent()) ?? "";
    expect(constraints).toContain("特権コンテナとホストネットワーキングは Fargate ではサポートされません。");
    expect(constraints).not.toContain("privileged containers");
    expect((await page.getByTestId("ruled-out").textContent()) ?? "").not.toMatch(/invalid on Fargate/);
    // the analysis too (issue 12 item 5): reasons, the trade-off matrix and the sensitivity rows from their codes
    const reasons = (await page.getByTestId("recommendation-reasons").textContent()) ?? "";
    expect(reasons).toMatch(/は対象外です: /);
    expect(reasons).not.toMatch(/has the lowest|is ruled out|caveat for|ops hours/);
    const matrix = (await page.getByTestId("trade-off-matrix").textContent()) ?? "";
    expect(matrix).toContain("ホストへのアクセスなし、特権コンテナなし");
    expect(matrix).not.toMatch(/no host access|DaemonSets run on every node|Learning curve/);
    expect((await page.getByTestId("sensitivity-table").textContent()) ?? "").not.toMatch(/Engineer rate|Ops hours/);
    // every figure in yen by default in Japanese, at the core's dated default rate, with its source in Japanese (issue 21)
    expect(await page.getByTestId("fx-note").textContent()).toContain("¥148.54/$ (2024-02-02、米国連邦準備制度理事会 (FRB) の H.10");
    expect((await page.getByTestId("monthly-ecs-ec2").first().textContent())?.trim()).toMatch(/^[\d,]+ 円$/);
    await page.context().close();
  });
});

describe("exports for a review", () => {
  it("Export JSON round-trips: `costcalc estimate exported.json` reproduces the page's totals", async () => {
    const page = await openMicroservices();
    const shown = await pageTotals(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), "costcalc-e2e-")), "exported.json");
    writeFileSync(file, readFileSync(await download.path()));
    expect(cliTotals(file)).toEqual(shown);
    await page.context().close();
  });

  it("Download scenario (YAML): `costcalc estimate scenario.yaml` reproduces the page's totals", async () => {
    const page = await openPage();
    const shown = await pageTotals(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download scenario (YAML)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^scenario-us-east-1-\d{4}-\d{2}-\d{2}\.yaml$/);
    const file = join(mkdtempSync(join(tmpdir(), "costcalc-e2e-")), "scenario.yaml");
    writeFileSync(file, readFileSync(await download.path()));
    expect(cliTotals(file)).toEqual(shown);
    await page.context().close();
  });
});

describe("the printed handout", () => {
  it("starts with the workload and assumptions, hides controls and analysis panels, and fits in about 4 A4 pages", async () => {
    const page = await openPage();
    // print the settled page: the worker's complete analysis (recommendation, break-even, curves) is in the
    // handout, so the page count must not depend on whether it has landed yet
    await page.getByTestId(`monthly-${PATTERN_IDS[0]}`).first().waitFor();
    await page.getByTestId("analysis-pending").waitFor({ state: "detached", timeout: WAIT_MS });
    await page.locator('[aria-busy="true"]').waitFor({ state: "detached", timeout: WAIT_MS });
    await page.emulateMedia({ media: "print" });
    const firstPanel = await page.evaluate(() => {
      const panels = [...document.querySelectorAll<HTMLElement>("section.panel")].filter((el) => el.offsetParent !== null);
      return panels[0]?.dataset.testid ?? panels[0]?.id ?? "";
    });
    expect(firstPanel).toBe("handout-workload");
    expect(await page.getByTestId("handout-workload").textContent()).toContain("web");
    expect(await page.getByRole("toolbar").isVisible()).toBe(false);
    expect(await page.getByTestId("trade-offs").isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, "A4 pages for the default scenario").toBeGreaterThanOrEqual(2);
    expect(pages, "A4 pages for the default scenario").toBeLessThanOrEqual(5);
    await page.context().close();
  });
});

describe("without JavaScript", () => {
  it("hides the controls that need it and says what still works", async () => {
    const page = await openPage("", { javaScriptEnabled: false });
    expect(await page.getByTestId("monthly-ecs-fargate").first().getAttribute("data-exact-usd")).toMatch(/^\d+(\.\d+)?$/);
    for (const name of ["Export CSV", "Export JSON", "Print", "Add service"]) {
      expect(await page.getByRole("button", { name }).isVisible(), name).toBe(false);
    }
    expect(await page.getByTestId("noscript-note").isVisible()).toBe(true);
    await page.context().close();
  });

  it("serves a favicon (no 404 on every page)", async () => {
    const response = await fetch(`${baseUrl}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/icon/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 4)], "ICO header: reserved 0, type 1").toEqual([0, 0, 1, 0]);
  });
});
