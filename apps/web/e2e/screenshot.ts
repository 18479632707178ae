/**
 * Takes the README screenshot (docs/screenshot.png) of the calculator on the microservice-estate
 * preset, in Debian's Chromium against `next start`. Run after `pnpm --filter @repo/web build`.
 */
import { join } from "node:path";
import { launchChromium } from "./chromium";
import { startWebServer, WEB_ROOT } from "./web-server";

const server = await startWebServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1280 }, deviceScaleFactor: 1 });
  await page.goto(`${server.baseUrl}/`, { waitUntil: "networkidle" });
  await page.getByRole("button", { name: "Microservice estate" }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="cost-chart"] .recharts-bar-rectangle').length > 0);
  await page.waitForTimeout(500);
  const path = join(WEB_ROOT, "..", "..", "docs", "screenshot.png");
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
} finally {
  await browser.close();
  await server.stop();
}
