import { embeddedPriceBook, type Message } from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { lineDetail, unitLabel } from "./line-details";
import { PRESETS } from "./presets";

const book = embeddedPriceBook();
const views = PRESETS.map((preset) => buildView(preset.state, book).view);
const awsLines = views.flatMap((view) => view?.json.patterns.flatMap((p) => p.lines) ?? []);
const opsLines = views.flatMap((view) => Object.values(view?.json.ops ?? {}).flatMap((ops) => ops?.lines ?? []));
const lines = [...awsLines, ...opsLines];

// Cost-line details from core's codes (issue 12 item 5, issue 20 item 2): the line under each name on the bill.
describe("cost-line details in the web's languages", () => {
  it("English is the core's own detail, to the character (the web's parts and join are core's)", () => {
    expect(awsLines.length).toBeGreaterThan(20);
    expect(opsLines.length).toBeGreaterThan(5);
    for (const line of lines) expect(lineDetail(line.detailMessages, "en"), line.id).toBe(line.detail);
  });

  it("Japanese: every preset's details differ from the English, with nothing unfilled and no code shown", () => {
    for (const line of lines) {
      const ja = lineDetail(line.detailMessages, "ja");
      expect(ja, line.id).not.toBe(line.detail);
      expect(ja, line.id).not.toMatch(/\{\w+(:\w+)?\}|[A-Z]+_[A-Z_]+|\(s\)/);
    }
  });

  it("a Fargate vCPU detail reads as AWS Japan writes counts and hours: 2 tasks × 730 h × 0.25 vCPU", () => {
    const parts = [
      { code: "DETAIL_FARGATE_VCPU", params: { taskCount: 2, unitWord: "DETAIL_WORD_TASKS", hoursPerTask: "730", vcpu: "0.25" } },
    ];
    expect(lineDetail(parts, "en")).toBe("2 tasks × 730 h × 0.25 vCPU");
    expect(lineDetail(parts, "ja")).toBe("2 タスク × 730 時間 × 0.25 vCPU");
  });

  it("parts join by core's rule: a _CONT part continues, a _PLUS part adds a term, others follow '; '", () => {
    const parts: Message[] = [
      { code: "DETAIL_CLUSTER_HOURS", params: { clusters: 1, clusterHours: "730" } },
      { code: "DETAIL_CLUSTER_HOURS_EXTENDED_PLUS", params: { clusters: 7, clusterHours: "730" } },
      { code: "DETAIL_STAYING_ON_EXTENDED_CONT", params: {} },
      { code: "DETAIL_DERIVED_RATE", params: {} },
    ];
    expect(lineDetail(parts, "en")).toBe(
      "1 cluster(s) × 730 h + 7 cluster(s) × 730 h (extended): staying on extended support (ops.upgradePolicy); rate derived from a documented rule, not an observed price (see the rate's description)",
    );
    expect(lineDetail(parts, "ja")).toBe(
      "1 クラスター × 730 時間 + 7 クラスター × 730 時間 (延長サポート): 延長サポートにとどまる (ops.upgradePolicy); 実測の価格ではなく、文書化されたルールから導出した料金 (料金の説明を参照)",
    );
  });

  it("an ops line's rules and sources are Japanese; evidence ids stay as published ('judgement' is 判断)", () => {
    const line = opsLines.find((l) => l.detailMessages.some((part) => part.code === "OPS_RULE_ONBOARDING"));
    expect(line?.detail).toMatch(/F31; judgement/);
    const ja = lineDetail(line?.detailMessages ?? [], "ja");
    expect(ja).toMatch(/F31、判断/);
    expect(ja).toMatch(/年間に加わるエンジニア \d+ 人/);
  });
});

describe("units as AWS Japan writes them", () => {
  it("GB-month is GB/月 (glossary-ja.csv, EBS pricing); hour is 時間; English keeps the price list's unit", () => {
    expect(unitLabel("GB-month", "ja")).toBe("GB/月");
    expect(unitLabel("vCPU-hour", "ja")).toBe("vCPU 時間");
    expect(unitLabel("GB-month", "en")).toBe("GB-month");
  });

  it("every unit of every preset's lines has its Japanese (none left in English words)", () => {
    const units = [...new Set(lines.map((line) => line.unit))];
    expect(units.filter((unit) => /[a-z]{2,}/.test(unitLabel(unit, "ja")))).toEqual([]);
  });
});
