import { readFile } from "node:fs/promises";
import { Decimal, parseDecimal, PATTERN_IDS } from "@repo/core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { MICROSERVICES, SMALL_WEB_APP } from "../src/lib/presets";
import { browserSession } from "./browser-session";
import { WAIT_MS } from "./waits";
import { expectedAnalysis, expectedPurchase, expectedTotals } from "./core-expectations";
import { parseCsv } from "./parse-csv";

const session = browserSession({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
const { openPage } = session;

/** Exact monthly totals as rendered (data-exact-usd) and as displayed, per pattern. */
async function pageTotals(page: Page) {
  const result: Record<string, { exact: string | null; display: string }> = {};
  for (const id of PATTERN_IDS) {
    const cell = page.getByTestId(`monthly-${id}`).first();
    result[id] = { exact: await cell.getAttribute("data-exact-usd"), display: (await cell.textContent())?.trim() ?? "" };
  }
  return result;
}

async function waitForTotal(page: Page, id: string, exact: string | null) {
  await page.waitForFunction(
    ([testId, value]) => document.querySelector(`[data-testid="${testId}"]`)?.getAttribute("data-exact-usd") === value,
    [`monthly-${id}`, exact] as const,
    { timeout: WAIT_MS },
  );
}

describe("the web calculator in Chromium", () => {
  it("shows six patterns, the classic four first; the two managed-node ones can be hidden (URL mp=hide) and old links show all six (issue 16)", async () => {
    const page = await openPage();
    const shownIds = () =>
      page.$$eval('[data-testid^="monthly-"]', (cells) => [
        ...new Set(cells.map((c) => c.getAttribute("data-testid")?.slice("monthly-".length))),
      ]);
    expect(await shownIds()).toEqual([...PATTERN_IDS]);
    expect(PATTERN_IDS.slice(0, 4)).toEqual(["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"]);
    await page.getByTestId("show-managed-patterns").uncheck();
    await page.waitForFunction(() => !document.querySelector('[data-testid="monthly-eks-auto-mode"]'), undefined, { timeout: WAIT_MS });
    expect(await shownIds()).toEqual(["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"]);
    await page.waitForFunction(() => new URLSearchParams(location.search).get("mp") === "hide", undefined, { timeout: WAIT_MS });
    await page.context().close();
    // a link made before the managed-node patterns existed (v3, no mp key) shows all six
    const old = await openPage("?v=3&r=us-east-1");
    expect(
      await old.$$eval('[data-testid="monthly-ecs-managed-instances"], [data-testid="monthly-eks-auto-mode"]', (c) => c.length),
    ).toBeGreaterThanOrEqual(2);
    await old.context().close();
  });

  it("first view (server-rendered default preset) shows the core's totals for every pattern, with the snapshot date", async () => {
    const page = await openPage();
    expect(await pageTotals(page)).toEqual(expectedTotals(SMALL_WEB_APP.state));
    await expect(page.getByTestId("snapshot").textContent()).resolves.toMatch(/embedded-\d{4}-\d{2}-\d{2}.*\d{4}-\d{2}-\d{2}.*us-east-1/);
    expect(await page.locator("body").innerText()).not.toMatch(/NaN|undefined/);
    await page.context().close();
  });

  it("changing inputs recomputes in the browser and matches the core (web tasks 2 → 7, api vCPU 1 → 2 GiB 4)", async () => {
    const page = await openPage();
    await page.getByLabel("Tasks (web)", { exact: true }).fill("7");
    await page.getByLabel("vCPU (api)", { exact: true }).fill("2");
    await page.getByLabel("Memory (GiB) (api)", { exact: true }).fill("4");
    const [web, api] = SMALL_WEB_APP.state.services;
    if (!web || !api) throw new Error("preset changed");
    const state = {
      ...SMALL_WEB_APP.state,
      services: [
        { ...web, count: "7" },
        { ...api, vcpu: "2", memoryGib: "4" },
      ],
    };
    const expected = expectedTotals(state);
    await waitForTotal(page, "ecs-fargate", expected["ecs-fargate"].exact);
    expect(await pageTotals(page)).toEqual(expected);
    await page.waitForFunction(() => location.search.includes("web%3B7") || location.search.includes("web;7"));
    await page.context().close();
  });

  it("a preset button loads that workload (microservice estate) and the totals follow", async () => {
    const page = await openPage();
    await page.getByRole("button", { name: "Microservice estate" }).click();
    const expected = expectedTotals(MICROSERVICES.state);
    await waitForTotal(page, "eks-ec2", expected["eks-ec2"].exact);
    expect(await pageTotals(page)).toEqual(expected);
    await page.context().close();
  });

  it("share link round trip: the link reopens the same inputs and the same numbers (server-rendered)", async () => {
    const page = await openPage();
    await page.getByLabel("NAT gateways", { exact: true }).fill("3");
    await page.getByLabel("Tasks (api)", { exact: true }).fill("5");
    const [web, api] = SMALL_WEB_APP.state.services;
    if (!web || !api) throw new Error("preset changed");
    const expected = expectedTotals({ ...SMALL_WEB_APP.state, natCount: "3", services: [web, { ...api, count: "5" }] });
    await waitForTotal(page, "ecs-fargate", expected["ecs-fargate"].exact);
    await page.getByRole("button", { name: "Copy share link" }).click();
    const link = await page.getByTestId("share-link").getAttribute("href");
    expect(link).toMatch(/[?&]v=3(&|$)/);
    const second = await session.browser().newPage();
    await second.route("**/*.js", (route) => route.abort()); // no JavaScript: the numbers must come from the server
    await second.goto(link ?? "");
    expect(await pageTotals(second)).toEqual(expected);
    expect(await second.getByLabel("NAT gateways", { exact: true }).inputValue()).toBe("3");
    await second.close();
    await page.context().close();
  });

  it("CSV export downloads the core's reviewCsv with a UTF-8 BOM: inputs first, each pattern's line rows summing to the core's total", async () => {
    const page = await openPage();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
    const text = await readFile(await download.path(), "utf8");
    expect(text.charCodeAt(0), "UTF-8 byte order mark").toBe(0xfeff);
    const [header = [], ...rows] = parseCsv(text.slice(1));
    expect(header.slice(0, 5)).toEqual(["section", "pattern", "status", "lowerBound", "item"]);
    expect(rows[0]?.[0]).toBe("input");
    const expected = expectedTotals(SMALL_WEB_APP.state);
    const at = (name: string) => header.indexOf(name);
    for (const id of PATTERN_IDS) {
      const mine = rows.filter((row) => row[at("pattern")] === id);
      const lines = mine.filter((row) => row[at("section")] === "line").map((row) => row[at("monthlyUsd")] ?? "");
      const total = lines.reduce((sum, a) => sum.plus(parseDecimal(a)), parseDecimal("0"));
      expect(total.toFixed(), id).toBe(parseDecimal(expected[id].exact ?? "0").toFixed());
      const bill = mine.find((row) => row[at("section")] === "aws-total");
      expect(parseDecimal(bill?.[at("yearlyUsd")] ?? "0").toFixed(), `${id} yearly = 12 × monthly`).toBe(total.times(12).toFixed());
      expect(
        mine.filter((row) => row[at("section")] === "tco").map((row) => row[at("value")]),
        id,
      ).toEqual(["low", "typical", "high"]);
    }
    expect(download.suggestedFilename()).toMatch(/^container-costs-us-east-1-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.context().close();
  });

  it("bad input in a field is shown beside it; the last good estimate stays (dimmed), never NaN or a blank page", async () => {
    const page = await openPage();
    const vcpu = page.getByLabel("vCPU (web)", { exact: true });
    await vcpu.fill("abc");
    await expect.poll(() => vcpu.getAttribute("aria-invalid"), { timeout: WAIT_MS }).toBe("true");
    const describedBy = await vcpu.getAttribute("aria-describedby");
    await expect(page.locator(`#${describedBy ?? "missing"}`).textContent()).resolves.toContain("must be a number");
    await vcpu.fill("0.3"); // a number, but not a Fargate size: ECS on Fargate ruled out with the reason, EC2 still priced
    await expect.poll(() => vcpu.getAttribute("aria-invalid"), { timeout: WAIT_MS }).not.toBe("true");
    const fargateRow = page.getByTestId("totals").locator('tr[data-pattern="ecs-fargate"]');
    await expect.poll(() => fargateRow.locator(".status").textContent(), { timeout: WAIT_MS }).toBe("ruled out");
    expect(await page.locator("body").innerText()).toContain("web: 0.3 vCPU is not a Fargate task size");
    expect(await page.getByTestId("totals").locator('tr[data-pattern="ecs-ec2"] .status').textContent()).toBe("priced");
    expect(await page.getByTestId("results").isVisible()).toBe(true);
    expect(await page.locator("body").innerText()).not.toMatch(/NaN|undefined/);
    await page.context().close();
  });

  it("bad input in the URL is shown beside the field on the server-rendered page", async () => {
    const page = await openPage("?v=1&r=us-east-1&s=web;-3;0.5;1;x86_64;linux;h730&nat=lots");
    const count = page.getByLabel("Tasks (web)", { exact: true });
    expect(await count.inputValue()).toBe("-3");
    expect(await count.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("NAT gateways", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("error-summary").textContent()).toContain("lots");
    expect(await page.locator("body").innerText()).not.toMatch(/NaN|undefined/);
    await page.context().close();
  });

  it("Japanese UI reports every figure in JPY at the one stated rate (converted once), with jp and JPY marked suggested", async () => {
    const page = await openPage("?l=ja&fx=150");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("AWS コンテナ料金計算ツール");
    // Issue 21: the exact USD total × ¥150/$, rounded to the yen once, written "N 円" (glossary-ja.md)
    const monthly = page.getByTestId("monthly-ecs-fargate").first();
    const exactUsd = parseDecimal((await monthly.getAttribute("data-exact-usd")) ?? "NaN");
    expect(await monthly.getAttribute("data-exact-amount")).toBe(exactUsd.times(150).toFixed());
    const yen = exactUsd
      .times(150)
      .toFixed(0, Decimal.ROUND_HALF_UP)
      .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    expect((await monthly.textContent())?.trim()).toBe(`${yen} 円`);
    // no dollar amount in the totals or TCO tables; AWS rates stay USD in the bill lines' rate column
    expect(await page.getByTestId("totals").textContent()).not.toContain("$");
    expect(await page.getByTestId("tco").locator("table").first().textContent()).not.toContain("$");
    expect(await page.getByTestId("line-rate").first().textContent()).toMatch(/^\$[\d.]+\/\S+/);
    expect(await page.getByTestId("fx-note").textContent()).toContain("¥150/$");
    // the locale's defaults are visible, marked suggested, and changeable
    expect(await page.getByLabel(/^労働市場.*\(推奨\)$/).inputValue()).toBe("jp");
    expect(await page.getByLabel(/^金額の表示通貨 \(推奨\)$/).inputValue()).toBe("JPY");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: WAIT_MS }).toBe("ja");
    // The bill tables' line names, their details and the quantity column's units come from the core's codes
    // in Japanese (issue 20 item 2): no English words beyond the AWS product names and units AWS Japan keeps in English.
    const names = await page
      .locator("table.line-items tbody th, table.line-items tbody td:nth-child(3)")
      .evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? "").trim()));
    expect(names.length).toBeGreaterThan(20);
    expect(await page.locator("table.line-items tbody .detail").count()).toBeGreaterThan(10);
    const KEPT =
      /^(Fargate|vCPU|Linux\/x86|Linux\/ARM|EC2|EKS|ECS|EBS|gp3|NAT|IPv4|Application|Load|Balancer|Network|ALB|NLB|LCU|NLCU|CloudWatch|Logs|Amazon|ECR|AZ|Elastic|IP|Auto|Mode|linux\/x86_64|linux\/arm64|windows\/x86_64|GB|GB\/|GiB|MiB\/s|MB|IOPS|USD|RI|Pod|Savings|Plans|F\d+|[a-z0-9]+\.[a-z0-9]+)$/;
    const services = new Set(SMALL_WEB_APP.state.services.map((row) => row.name));
    const english = names
      .flatMap((name) => name.match(/[A-Za-z][A-Za-z0-9_./-]*/g) ?? [])
      .filter((word) => !KEPT.test(word) && !services.has(word));
    expect(english).toEqual([]);
    expect(await page.locator("#f-purchaseOption option").allTextContents()).toContain("オンデマンド");
    await page.context().close();
  });

  it("?cur=USD&l=ja: the Japanese page in USD (the user's choice wins over the suggestion); English with cur=JPY shows yen", async () => {
    const page = await openPage("?cur=USD&l=ja");
    const monthly = (await page.getByTestId("monthly-ecs-fargate").first().textContent())?.trim() ?? "";
    expect(monthly).toMatch(/^\$[\d,]+\.\d{2}$/);
    expect(await page.getByTestId("totals").textContent()).not.toContain("円");
    expect(await page.getByLabel(/^金額の表示通貨$/).inputValue()).toBe("USD");
    await page.context().close();
    const english = await openPage("?cur=JPY");
    expect((await english.getByTestId("monthly-ecs-fargate").first().textContent())?.trim()).toMatch(/^¥[\d,]+$/);
    expect(await english.getByTestId("fx-note").textContent()).toContain("¥148.54/$ (2024-02-02, Federal Reserve H.10");
    await english.context().close();
  });

  it("keyboard only: Tab to 'Add service', Enter adds a labelled row; print media hides the form", async () => {
    const page = await openPage();
    await page.getByLabel("Hours per month (api)", { exact: true }).focus();
    await page.keyboard.press("Tab"); // → Remove api
    await page.keyboard.press("Tab"); // → Add service
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Add service");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByLabel("Tasks (service-3)", { exact: true }).count(), { timeout: WAIT_MS }).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".scenario-form").evaluate((form) => getComputedStyle(form).display)).toBe("none");
    expect(await page.getByTestId("totals").isVisible()).toBe(true);
    await page.context().close();
  });

  it("ops/TCO and the recommendation are the core's modelScenario figures, first paint and after a change (engineer rate $150/h)", async () => {
    const page = await openPage();
    const first = expectedAnalysis(SMALL_WEB_APP.state);
    expect(await page.getByTestId("tco-ecs-ec2").first().getAttribute("data-exact-usd")).toBe(first.tco["ecs-ec2"]);
    expect(await page.getByTestId("ops-eks-ec2").first().getAttribute("data-exact-usd")).toBe(first.ops["eks-ec2"]);
    expect(await page.getByTestId("recommendation").getAttribute("data-pattern")).toBe(first.recommendation.pattern);

    await page.getByLabel(/^Engineer rate/).fill("150");
    const next = expectedAnalysis({ ...SMALL_WEB_APP.state, opsRateUsdPerHour: "150" });
    await page.waitForFunction(
      (value) => document.querySelector('[data-testid="tco-ecs-fargate"]')?.getAttribute("data-exact-usd") === value,
      next.tco["ecs-fargate"],
      { timeout: WAIT_MS },
    );
    for (const id of PATTERN_IDS) expect(await page.getByTestId(`tco-${id}`).first().getAttribute("data-exact-usd")).toBe(next.tco[id]);
    // The break-even analysis arrives from the worker: then the reasons and "what would change it" are the core's, word for word.
    await page.waitForSelector('[data-testid="would-change"]', { timeout: WAIT_MS });
    await expect.poll(() => page.getByTestId("analysis-pending").count(), { timeout: WAIT_MS }).toBe(0);
    expect(await page.getByTestId("recommendation").getAttribute("data-pattern")).toBe(next.recommendation.pattern);
    expect(await page.getByTestId("recommendation-reasons").locator("li").allTextContents()).toEqual(next.recommendation.reasons);
    expect(await page.getByTestId("would-change").locator("li").allTextContents()).toEqual(next.recommendation.wouldChange);
    await page.context().close();
  });

  it("purchase options: a 3-year all-upfront Reserved Instance changes the EC2 totals to the core's and shows the upfront once", async () => {
    const page = await openPage();
    await page.getByLabel("Purchase option", { exact: true }).selectOption("reserved");
    await page.getByLabel("EC2 term (years)", { exact: true }).selectOption("3");
    await page.getByLabel("EC2 payment", { exact: true }).selectOption("all-upfront");
    const state = { ...SMALL_WEB_APP.state, purchaseOption: "reserved", ec2TermYears: "3", ec2Payment: "all-upfront" };
    const expected = expectedTotals(state);
    await waitForTotal(page, "ecs-ec2", expected["ecs-ec2"].exact);
    expect(await pageTotals(page)).toEqual(expected);
    // the link keeps all three choices (nuqs's throttled URL updates once dropped the term: "?po=reserved&pop=all-upfront")
    await page.waitForFunction(
      () => {
        const q = new URLSearchParams(location.search);
        return q.get("po") === "reserved" && q.get("pot") === "3" && q.get("pop") === "all-upfront";
      },
      undefined,
      { timeout: WAIT_MS },
    );
    const [purchase] = expectedPurchase(state, "ecs-ec2");
    expect(Number(purchase?.upfrontUsd)).toBeGreaterThan(0);
    // the purchase table is below the fold (a deferred render): poll until it has caught up
    await expect
      .poll(() => page.getByTestId("upfront-ecs-ec2").first().getAttribute("data-exact-usd"), { timeout: WAIT_MS })
      .toBe(purchase?.upfrontUsd);
    await page.context().close();
  });

  it("EKS Provisioned Control Plane: choosing XL adds the tier line to the EKS bills (the core's totals), keeps it off ECS, and goes in the URL (issue 16)", async () => {
    const page = await openPage();
    await page.getByLabel("Provisioned Control Plane tier", { exact: true }).selectOption("xl");
    const expected = expectedTotals({ ...SMALL_WEB_APP.state, eksControlPlaneTier: "xl" });
    await waitForTotal(page, "eks-ec2", expected["eks-ec2"].exact);
    expect(await pageTotals(page)).toEqual(expected);
    const tierLine = '[data-line-id="shared:eks-provisioned-control-plane"]';
    await page.getByTestId("lines-eks-ec2").locator(tierLine).waitFor({ state: "attached", timeout: WAIT_MS });
    expect(await page.getByTestId("lines-ecs-fargate").locator(tierLine).count()).toBe(0);
    await page.waitForFunction(() => new URLSearchParams(location.search).get("cpt") === "xl", undefined, { timeout: WAIT_MS });
    await page.context().close();
  });

  it("Fargate Spot on EKS is refused beside its field (the core's rule), and the last good estimate stays", async () => {
    const page = await openPage();
    const eks = page.getByLabel("EKS on Fargate", { exact: true });
    await eks.selectOption("spot");
    await expect.poll(() => eks.getAttribute("aria-invalid"), { timeout: WAIT_MS }).toBe("true");
    await expect(page.locator(`#${(await eks.getAttribute("aria-describedby")) ?? "x"}`).textContent()).resolves.toMatch(/ECS tasks only/);
    expect(await page.getByTestId("results").isVisible()).toBe(true);
    await page.context().close();
  });

  it("a v2 share link (positional ops hours) opens migrated: the hours land on the pattern they were typed for", async () => {
    // v2 position 6 = ECS on EC2, orchestrator upgrades (four patterns × six activities, pattern-major)
    const page = await openPage("?v=2&oph=;;;;;;5");
    // the address bar follows the state once it is quiet (debounced, per key): wait until it has caught up
    await page.waitForFunction(
      () => /[?&]v=3(&|$)/.test(window.location.search) && !new URLSearchParams(window.location.search).get("oph")?.startsWith(";"),
      undefined,
      { timeout: WAIT_MS },
    );
    expect(new URL(page.url()).searchParams.get("oph")).toBe("ecs-ec2.orchestrator-upgrades:5");
    await page.context().close();
  });

  it("privileged containers: both Fargate patterns are ruled out everywhere — totals, scale chart table — never priced", async () => {
    const state = { ...SMALL_WEB_APP.state, workloadPrivileged: "yes" };
    const page = await openPage("?priv=yes");
    const expected = expectedTotals(state);
    await waitForTotal(page, "ecs-ec2", expected["ecs-ec2"].exact);
    const shown = await pageTotals(page);
    for (const id of PATTERN_IDS) expect(shown[id], id).toEqual(expected[id]);
    expect(shown["ecs-fargate"]?.display).toBe("—");
    // the scale table is the core's curves: a ruled-out pattern has no figure at any multiplier
    await page.getByTestId("scale-table").waitFor({ state: "attached", timeout: WAIT_MS });
    const fargateCells = await page.getByTestId("scale-table").locator("tbody tr td:nth-of-type(1)").allTextContents();
    expect(fargateCells.length).toBeGreaterThan(0);
    for (const text of fargateCells) expect(text.trim()).toBe("—");
    await page.context().close();
  });
});
