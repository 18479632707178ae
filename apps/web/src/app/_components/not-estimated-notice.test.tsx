// @vitest-environment happy-dom
import { embeddedPriceBook } from "@repo/core";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildView } from "../../lib/build-view";
import { messagesFor } from "../../lib/i18n";
import { SMALL_WEB_APP } from "../../lib/presets";
import type { ScenarioState } from "../../lib/scenario-state";
import { NotEstimatedNotice } from "./not-estimated-notice";

const book = embeddedPriceBook();
const itemsOf = (patch: Partial<ScenarioState>) => {
  const { view, errors } = buildView({ ...SMALL_WEB_APP.state, ...patch }, book);
  if (!view) throw new Error(JSON.stringify(errors));
  return view.json.notEstimated;
};

afterEach(cleanup);

describe("NotEstimatedNotice: what the bill leaves out, from core's notEstimated (issue 15, honest defaults)", () => {
  it("the small web app sets no usage: every usage line left at 0 is listed, in core's English, first internet egress", () => {
    const items = itemsOf({});
    render(<NotEstimatedNotice items={items} t={messagesFor("en")} locale="en" />);
    const rows = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(rows).toHaveLength(items.length);
    expect(rows[0]).toBe("not estimated (usage left at 0): internet egress — set services[].monthlyInternetEgressGb to include it");
  });

  it("Japanese: the same codes with glossary terms (インターネットへのデータ転送 (アウト))", () => {
    render(<NotEstimatedNotice items={itemsOf({})} t={messagesFor("ja")} locale="ja" />);
    expect(screen.getAllByRole("listitem")[0]?.textContent).toBe(
      "未見積もり (使用量 0): インターネットへのデータ転送 (アウト) — 含めるには services[].monthlyInternetEgressGb を設定してください",
    );
  });

  it("setting ECR storage removes exactly that item; nothing left out → no notice", () => {
    const before = itemsOf({}).map((i) => i.line);
    const after = itemsOf({ ecrStorageGb: "20" }).map((i) => i.line);
    expect(before.filter((line) => !after.includes(line))).toEqual(["ecr-storage"]);
    const { container } = render(<NotEstimatedNotice items={[]} t={messagesFor("en")} locale="en" />);
    expect(container.textContent).toBe("");
  });
});
