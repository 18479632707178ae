// @vitest-environment happy-dom
import { embeddedPriceBook } from "@repo/core";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildView } from "../../lib/build-view";
import { messagesFor, type Locale } from "../../lib/i18n";
import { NIGHTLY_BATCH, SMALL_WEB_APP } from "../../lib/presets";
import type { ScenarioState } from "../../lib/scenario-state";
import { HandoutWorkload } from "./handout-workload";
import { NodePlansPanel } from "./node-plans-panel";
import { TcoPanel } from "./tco-panel";

const book = embeddedPriceBook();
const viewOf = (patch: Partial<ScenarioState>) => {
  const { view, errors } = buildView({ ...SMALL_WEB_APP.state, ...patch }, book, { withAnalysis: false });
  if (!view) throw new Error(JSON.stringify(errors));
  return view;
};
/** The purchase-option cell of a pattern's row in the purchases table (its notes, in .detail, left out). */
const purchaseCell = (pattern: string): string => {
  const cell = screen.getByTestId(`purchase-${pattern}`).querySelector("td");
  return cell?.firstChild?.textContent ?? "";
};
/** The purchase label under each node group's instance type in the node-plan table. */
const nodeGroupLabels = (pattern: string): string[] =>
  screen.getAllByTestId(`node-plan-${pattern}`).map((row) => row.querySelector("td:nth-of-type(2) .detail")?.textContent ?? "");

afterEach(cleanup);

// Issue 20 item 2: the purchase labels (PurchaseSummary.labelMessages, a node group's purchase.labelMessage) are
// rendered from core's PURCHASE_* codes; Japanese with AWS Japan's terms (glossary-ja.csv: スタンダードリザーブド
// インスタンス, 前払いなし, Savings Plans kept in English and plural, Fargate Spot), English as core prints it.
describe("purchase options read in the page's language", () => {
  const reserved: Partial<ScenarioState> = {
    purchaseOption: "reserved",
    ec2TermYears: "1",
    ec2Payment: "no-upfront",
    fargateEcsOption: "compute-savings-plan",
    fargateTermYears: "3",
    fargatePayment: "all-upfront",
  };
  it.each<{ locale: Locale; ec2: string; fargate: string }>([
    {
      locale: "ja",
      ec2: "1 年のスタンダードリザーブドインスタンス、前払いなし",
      fargate: "3 年の Compute Savings Plans、全額前払い",
    },
    { locale: "en", ec2: "1-year Standard Reserved Instance, No Upfront", fargate: "3-year Compute Savings Plan, all upfront" },
  ])("$locale: a 1-year Standard RI on EC2 and a 3-year Compute Savings Plan on ECS on Fargate", ({ locale, ec2, fargate }) => {
    const view = viewOf(reserved);
    render(
      <>
        <TcoPanel view={view} t={messagesFor(locale)} locale={locale} />
        <NodePlansPanel patterns={view.patterns} t={messagesFor(locale)} locale={locale} />
      </>,
    );
    expect(purchaseCell("ecs-ec2")).toBe(ec2);
    expect(purchaseCell("ecs-fargate")).toBe(fargate);
    expect(nodeGroupLabels("ecs-ec2")).toEqual([ec2]);
  });

  it("ja: On-Demand and Spot are オンデマンド and スポット; Fargate Spot keeps its product name", () => {
    const view = viewOf({ purchaseOption: "spot", fargateEcsOption: "spot" });
    render(
      <>
        <TcoPanel view={view} t={messagesFor("ja")} locale="ja" />
        <NodePlansPanel patterns={view.patterns} t={messagesFor("ja")} locale="ja" />
      </>,
    );
    expect(purchaseCell("ecs-ec2")).toBe("スポット");
    expect(nodeGroupLabels("ecs-ec2")).toEqual(["スポット"]);
    expect(purchaseCell("ecs-fargate")).toBe("Fargate Spot (スポット)");
    expect(purchaseCell("eks-fargate")).toBe("オンデマンド");
  });
});

describe("node groups and the handout's schedules read in Japanese (nightly-batch preset)", () => {
  it("a batch group is named by core's GROUP_BATCH code (nightly-etl、バッチ), a run's length in 秒, the OS as the form names it", () => {
    const { view } = buildView(NIGHTLY_BATCH.state, book, { withAnalysis: false });
    if (!view) throw new Error("the preset has errors");
    render(
      <>
        <NodePlansPanel patterns={view.patterns} t={messagesFor("ja")} locale="ja" />
        <HandoutWorkload view={view} t={messagesFor("ja")} locale="ja" />
      </>,
    );
    const groups = screen.getAllByTestId("node-plan-ecs-ec2").map((row) => row.querySelector("td")?.textContent);
    expect(groups).toEqual(["nightly-etl、バッチ (nightly-etl)", "hourly-sync、バッチ (hourly-sync)"]);
    const handout = screen.getByTestId("handout-workload").textContent ?? "";
    // the preset's runs: nightly-etl once a day for 5,400 s, hourly-sync 24 times a day for 300 s (presets.ts)
    expect(handout).toContain("1 日あたりの実行回数: 1 × 5,400 秒");
    expect(handout).toContain("24 × 300 秒");
    expect(handout).toContain("x86_64 / Linux");
    expect(handout).toContain("購入オプション: EC2 オンデマンド");
  });
});
