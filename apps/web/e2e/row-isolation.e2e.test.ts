import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SMALL_WEB_APP } from "../src/lib/presets";
import { browserSession } from "./browser-session";
import { WAIT_MS } from "./waits";
import { expectedTotals } from "./core-expectations";

const { openPage } = browserSession({ viewport: { width: 1400, height: 1000 } });

const exactTotal = (page: Page, id: string) => page.getByTestId(`monthly-${id}`).first().getAttribute("data-exact-usd");

describe("an invalid row blocks only what it must; the break-even search ends or says why (issue 20 items 2–3)", () => {
  it("a service row with text for its task count is not priced, named with its reason; the other service is priced alone (the core's figures for it)", async () => {
    const page = await openPage();
    await page.getByLabel("Tasks (web)", { exact: true }).fill("lots");
    const notice = page.getByTestId("excluded-services");
    await notice.waitFor({ timeout: WAIT_MS });
    expect(await notice.innerText()).toContain('web is not priced: Tasks (web): "lots" must be a number');
    expect(await notice.innerText()).toContain("cover the other 1 service(s) only");
    // The totals are the core's for the api row alone (computed here without the page's code).
    const [, api] = SMALL_WEB_APP.state.services;
    const apiOnly = expectedTotals({ ...SMALL_WEB_APP.state, services: [api!] });
    await expect.poll(() => exactTotal(page, "ecs-ec2"), { timeout: WAIT_MS }).toBe(apiOnly["ecs-ec2"].exact);
    expect(await exactTotal(page, "ecs-fargate")).toBe(apiOnly["ecs-fargate"].exact);
    expect(await page.getByTestId("results").getAttribute("class")).not.toBe("stale");
    // …and the break-even search for that partial estimate ends
    await expect.poll(() => page.getByTestId("analysis-pending").count(), { timeout: WAIT_MS }).toBe(0);
    await page.context().close();
  });

  it("3 vCPU / 1 GB on one row: ECS on Fargate is ruled out with the reason, every other pattern is priced", async () => {
    const page = await openPage();
    await page.getByLabel("vCPU (web)", { exact: true }).fill("3");
    const row = (id: string) => page.getByTestId("totals").locator(`tr[data-pattern="${id}"] .status`);
    await expect.poll(() => row("ecs-fargate").textContent(), { timeout: WAIT_MS }).toBe("ruled out");
    for (const id of ["ecs-ec2", "eks-fargate", "eks-ec2"]) expect(await row(id).textContent(), id).toBe("priced");
    expect(await page.locator("body").innerText()).toContain("web: 3 vCPU is not a Fargate task size");
    // beside the row itself, core's nearest sizes (S26: 2 vCPU takes 4–16 GB, 4 vCPU 8–30 GB), while EC2 still prices it
    const hint = page.getByTestId("fargate-hint-0");
    await hint.waitFor({ timeout: WAIT_MS });
    expect(await hint.textContent()).toBe(
      "3 vCPU is not a Fargate task size; nearest: 2 vCPU (4–16 GB) or 4 vCPU (8–30 GB). ECS on Fargate is left out for this size; the EC2 patterns still price it.",
    );
    expect(await page.getByTestId("excluded-services").count()).toBe(0);
    await page.context().close();
  });

  it("the default page's break-even search resolves to crossings or 'no break-even between ×a and ×b'", async () => {
    const page = await openPage();
    await page.getByTestId("tco-break-evens").waitFor({ timeout: WAIT_MS });
    expect(await page.getByTestId("analysis-status").count()).toBe(0);
    expect(await page.getByTestId("tco-break-evens").innerText()).toMatch(/→|No TCO break-even between ×[\d.]+ and ×[\d.]+/);
    await page.context().close();
  });

  it("a wrong shared field: the dimmed last estimate says the search waits for valid inputs (not 'searching' for ever)", async () => {
    const page = await openPage();
    await page.getByTestId("tco-break-evens").waitFor({ timeout: WAIT_MS });
    await page.getByLabel("NAT gateways", { exact: true }).fill("lots");
    const status = page.getByTestId("analysis-status").first();
    await expect.poll(() => status.getAttribute("data-state"), { timeout: WAIT_MS }).toBe("input-invalid");
    expect(await status.innerText()).toContain("waits for valid inputs");
    await page.context().close();
  });
});
