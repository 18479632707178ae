import type { Page } from "playwright-core";

/** One piece of text a reader meets on the page, with the text of the element around it (to find it). */
export type ReadableText = { text: string; context: string };

/**
 * Runs in the page. Kept as source text: a bundler's helpers (esbuild's `__name` for named functions under
 * tsx) do not exist in the page, so the function is passed as written.
 */
const COLLECT = `(() => {
  for (const details of document.querySelectorAll("details")) details.open = true;
  const BLOCK = "td,th,li,p,label,h1,h2,h3,h4,h5,button,option,caption,summary,dt,dd,legend,a,figcaption";
  const around = (element) => ((element.closest(BLOCK) ?? element).textContent ?? "").replace(/\\s+/g, " ").trim().slice(0, 160);
  const visible = (element) =>
    element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && element.getClientRects().length > 0;
  const found = [{ text: document.title, context: "<title>" }];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const svgLabels = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script,style,noscript,template,option")) continue;
    // A chart label is one SVG <text>, which the chart may wrap into several <tspan> lines: read it whole, once.
    const label = parent.closest("svg text");
    if (label) {
      if (svgLabels.has(label)) continue;
      svgLabels.add(label);
    }
    const lines = label ? [...label.querySelectorAll("tspan")].map((line) => line.textContent ?? "") : [];
    const whole = label ? (lines.length > 0 ? lines.join(" ") : label.textContent) : node.textContent;
    const text = (whole ?? "").replace(/\\s+/g, " ").trim();
    if (text === "") continue;
    if (visible(label ?? parent)) found.push({ text, context: label ? "chart label" : around(parent) });
  }
  for (const select of document.querySelectorAll("select")) {
    if (!visible(select)) continue;
    for (const option of select.options) found.push({ text: option.text.trim(), context: "select " + around(select) });
  }
  for (const element of document.body.querySelectorAll("[title],[aria-label],[placeholder]")) {
    if (!visible(element)) continue;
    for (const name of ["title", "aria-label", "placeholder"]) {
      const value = (element.getAttribute(name) ?? "").trim();
      if (value) found.push({ text: value, context: name + " of " + around(element) });
    }
  }
  return found;
})()`;

/**
 * Every text a user reads on the page as it is now: each visible text node (a chart's SVG label whole, however the
 * chart wrapped it into lines — "ECS Managed" / "Instances" is one name), the options of every visible
 * select (read when it is opened), the \`title\` / \`aria-label\` / \`placeholder\` of visible elements and the
 * document's title. Closed <details> are opened first: their text is one click away. Hidden text (display:
 * none, the print-only handout) is not read.
 */
export async function readableTexts(page: Page): Promise<ReadableText[]> {
  return (await page.evaluate(COLLECT)) as ReadableText[];
}
