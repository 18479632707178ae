// @vitest-environment happy-dom
import { embeddedPriceBook, PATTERN_DESCRIPTORS } from "@repo/core";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildView } from "../../lib/build-view";
import { messagesFor } from "../../lib/i18n";
import { SMALL_WEB_APP } from "../../lib/presets";
import type { ScenarioState } from "../../lib/scenario-state";
import type { CalculatorView } from "../../lib/view-types";
import { HandoutWorkload } from "./handout-workload";
import { RecommendationPanel } from "./recommendation-panel";
import { SensitivityPanel } from "./sensitivity-panel";
import { TcoPanel } from "./tco-panel";
import { TradeOffPanel } from "./trade-off-panel";

const book = embeddedPriceBook();
const ja = messagesFor("ja");
const viewOf = (patch: Partial<ScenarioState> = {}): CalculatorView => {
  const { view, errors } = buildView({ ...SMALL_WEB_APP.state, ...patch }, book, { withAnalysis: true });
  if (!view) throw new Error(JSON.stringify(errors));
  return view;
};

/**
 * Latin words a Japanese panel may show: pattern names, AWS and Kubernetes product names the glossary keeps
 * in English (glossary-ja.md "Product names"), API values (SPOT) and the CLI command `costcalc prices refresh`.
 * Field paths (ops.level), file names and URLs are dropped before the check; so are `.source` citations.
 */
const ALLOWED = new Set(
  [
    ...PATTERN_DESCRIPTORS.flatMap((d) => d.label.split(" ")),
    ...["Spot", "Savings", "Plans", "Compute", "Linux", "Windows", "Graviton", "Kubernetes", "Karpenter", "Bottlerocket"],
    ...["DaemonSet", "FireLens", "NodePool", "NVIDIA", "Neuron", "SELinux", "Anywhere", "Daemons", "DAEMON", "HostNetwork", "HostPort"],
    ...["Provisioned", "Control", "Plane", "capacityOptionType", "SPOT", "Amazon", "costcalc", "prices", "refresh", "vCPU", "Auto", "Mode"],
    // ops activities' reasons: Kubernetes add-ons, IAM's RBAC and EC2 Auto Scaling keep their names (glossary-ja: Auto Scaling グループ)
    ...["CoreDNS", "kube", "proxy", "RBAC", "Scaling"],
  ].filter((w) => w.length >= 4),
);

/** An element's text nodes joined by spaces (cells do not run together), without `.source` citations. */
function textOf(element: Element): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const source of copy.querySelectorAll(".source")) source.remove();
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? "");
    for (const child of node.childNodes) walk(child);
  };
  walk(copy);
  return parts.join(" ");
}

/** The panel's visible text without citations, with field paths, file names and URLs removed. */
const japaneseText = (testId: string): string => textOf(screen.getByTestId(testId)).replace(/[\w-]+(\.[\w-]+)+(\/[\w./-]*)?/g, " ");
/** Pattern ids (eks-auto-mode) are identifiers, not English. */
const withoutIds = (text: string): string => PATTERN_DESCRIPTORS.reduce((t, d) => t.replaceAll(d.id, " "), text);
const englishWords = (text: string): string[] =>
  [...withoutIds(text).matchAll(/[A-Za-z]{4,}/g)].map((m) => m[0]).filter((w) => !ALLOWED.has(w));

afterEach(cleanup);

// Issue 20 item 2: "Japanese everywhere a user reads" — the panels render the core's message codes, never its English.
describe("the Japanese page's analysis panels carry no English from core", () => {
  it.each([
    { why: "the small web app (what would change it: break-even and switch points)", patch: {} },
    { why: "a privileged workload (Fargate ruled out, caveats for the others)", patch: { workloadPrivileged: "yes" } },
  ])("$why: recommendation, sensitivity, trade-off matrix and assumptions", ({ patch }) => {
    const view = viewOf(patch as Partial<ScenarioState>);
    render(
      <>
        <RecommendationPanel view={view} t={ja} locale="ja" />
        <SensitivityPanel view={view} t={ja} locale="ja" />
        <TradeOffPanel matrix={view.tradeOffs} patterns={view.patterns} t={ja} locale="ja" />
        <HandoutWorkload view={view} t={ja} locale="ja" />
      </>,
    );
    for (const testId of ["recommendation-reasons", "would-change", "sensitivity-table", "trade-off-matrix", "ruled-out", "constraints"]) {
      if (!screen.queryByTestId(testId)) continue;
      expect(englishWords(japaneseText(testId)), testId).toEqual([]);
    }
    const assumptions = screen.getAllByTestId("assumption").map(textOf);
    expect(assumptions.length).toBeGreaterThan(10);
    expect(assumptions.flatMap((a) => englishWords(a.replace(/[\w-]+(\.[\w-]+)+/g, " ")))).toEqual([]);
    expect(screen.getByTestId("recommendation-reasons").textContent).toMatch(/総保有コスト \(TCO\) が最も低いのは .+ です/);
  });

  it("a rounded figure carries its exact value in the title (issue 20 item 4: ×4.17 shown, the exact multiplier on hover)", () => {
    const view = viewOf();
    render(<RecommendationPanel view={view} t={ja} locale="ja" />);
    const items = [...screen.getByTestId("would-change").querySelectorAll("li")];
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) {
      expect(li.textContent).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(li.getAttribute("title")).toBeTruthy();
    }
    const change = view.json.recommendation.wouldChangeMessages[0];
    expect(change).toBeDefined();
    // the title shows each parameter unrounded: every exact decimal parameter appears in it as given
    const title = items[0]?.getAttribute("title") ?? "";
    for (const [name, value] of Object.entries(change?.params ?? {}))
      if (["value", "baseline", "multiplier"].includes(name)) expect(title, name).toContain(String(value));
  });
});

describe("the ops activities table (issue 20: each activity's name and reason from the core's codes)", () => {
  it("in Japanese: no English words, the core's figures kept (onboarding: ECS 16/40/80 h, EKS 40/120/240 h over 12 months, F31)", () => {
    render(<TcoPanel view={viewOf()} t={ja} locale="ja" />);
    const table = japaneseText("ops-activities");
    expect(englishWords(table)).toEqual([]);
    expect(table).toContain("オンボーディングと学習");
    expect(table).toContain("(ECS 16/40/80 h、EKS 40/120/240 h) を 12 か月で按分");
  });

  it("in English: the reason beside the activity, the text the CLI prints", () => {
    render(<TcoPanel view={viewOf()} t={messagesFor("en")} locale="en" />);
    const table = screen.getByTestId("ops-activities").textContent ?? "";
    expect(table).toContain("Onboarding & learning");
    expect(table).toContain("one-time hours per engineer joining (ECS 16/40/80 h, EKS 40/120/240 h), amortised over 12 months");
  });
});
