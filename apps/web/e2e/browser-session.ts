import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium } from "./chromium";
import { WAIT_MS } from "./waits";

/**
 * One Debian Chromium for a spec file (launched before its tests, closed after) and the page opener every
 * spec used to write for itself: a fresh context with the spec's defaults (viewport, downloads), then
 * `baseUrl/<query>` from the global set-up's `next start`, returned once the page has hydrated (JavaScript on).
 * @example const session = browserSession({ viewport: { width: 1400, height: 1000 } }); const page = await session.openPage("?l=ja");
 */
export function browserSession(defaults: BrowserContextOptions) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = (): Browser => {
    if (!browser) throw new Error("the browser is not launched yet (browserSession's beforeAll has not run)");
    return browser;
  };
  return {
    browser: current,
    async openPage(query = "", options: BrowserContextOptions = {}): Promise<Page> {
      const context = await current().newContext({ ...defaults, ...options });
      const page = await context.newPage();
      // every locator action and wait in the specs gets the same bound as their explicit condition waits
      page.setDefaultTimeout(WAIT_MS);
      await page.goto(`${inject("baseUrl")}/${query}`);
      // The calculator marks <html data-js="on"> once React has hydrated; until then the `needs-js`
      // controls (Add/Remove service, presets, toolbar) are hidden, so a test that types or tabs before
      // it meets a different page (CI's keyboard test tabbed past the hidden 'Add service').
      if (options.javaScriptEnabled !== false && defaults.javaScriptEnabled !== false) {
        await page.waitForSelector('html[data-js="on"]', { state: "attached", timeout: WAIT_MS });
      }
      return page;
    },
  };
}
