/**
 * Takes the README screenshots in Debian's Chromium against `next start` (run after
 * `pnpm --filter @repo/web build`): docs/screenshot.png (English, desktop, microservice estate),
 * docs/screenshot-ja.png (the same in Japanese: needs `apt-get install -y fonts-noto-cjk`, else the
 * kana and kanji render as boxes) and docs/screenshot-phone.png (390 px, the default view).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { startWebServer, WEB_ROOT } from "./web-server";

const DOCS = join(WEB_ROOT, "..", "..", "docs");

function hasCjkFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=ja"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

async function shoot(
  browser: Browser,
  baseUrl: string,
  shot: { file: string; query: string; width: number; height: number; preset?: string },
) {
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1 });
  await page.goto(`${baseUrl}/${shot.query}`, { waitUntil: "networkidle" });
  if (shot.preset) await page.getByRole("button", { name: shot.preset }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="cost-chart"] .bar-segment').length > 0);
  await page.waitForTimeout(500);
  const path = join(DOCS, shot.file);
  await page.screenshot({ path });
  await page.close();
  console.log(`wrote ${path}`);
}

if (!hasCjkFont()) throw new Error("no Japanese font: apt-get install -y fonts-noto-cjk (docs/screenshot-ja.png would show boxes)");
const server = await startWebServer();
const browser = await launchChromium();
try {
  await shoot(browser, server.baseUrl, { file: "screenshot.png", query: "", width: 1440, height: 1280, preset: "Microservice estate" });
  await shoot(browser, server.baseUrl, {
    file: "screenshot-ja.png",
    query: "?l=ja",
    width: 1440,
    height: 1280,
    preset: "マイクロサービス群",
  });
  await shoot(browser, server.baseUrl, { file: "screenshot-phone.png", query: "", width: 390, height: 844 });
} finally {
  await browser.close();
  await server.stop();
}
