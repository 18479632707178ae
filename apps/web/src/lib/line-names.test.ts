import { embeddedPriceBook } from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { renderCoreMessage } from "./core-messages";
import { PRESETS } from "./presets";

const book = embeddedPriceBook();
const lines = PRESETS.flatMap((preset) => buildView(preset.state, book).view?.json.patterns.flatMap((p) => p.lines) ?? []);

// The bill table's line names come from the core's codes (issue 12 item 5, issue 20 item 2).
describe("line names in the web's languages", () => {
  it("English is the core's own name, to the character", () => {
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(renderCoreMessage(line.nameMessage, "en")).toBe(line.name);
  });

  it("Japanese: every preset's line names are Japanese, nothing left unfilled and no code shown", () => {
    for (const line of lines) {
      const ja = renderCoreMessage(line.nameMessage, "ja");
      expect(ja, line.id).not.toBe(line.name);
      expect(ja, line.id).not.toMatch(/\{\w+(:\w+)?\}|[A-Z]+_[A-Z_]+/);
      expect(ja, line.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it("AWS Japan's terms (glossary-ja.csv): ALB hours, NAT gateway hours, the EKS control plane", () => {
    const ja = (code: string) => renderCoreMessage({ code, params: {} }, "ja");
    expect(ja("LINE_ALB_HOURS")).toBe("ロードバランサー (Application Load Balancer) の時間料金");
    expect(ja("LINE_NAT_HOURS")).toBe("NAT ゲートウェイ時間");
    expect(ja("LINE_EKS_CONTROL_PLANE")).toBe("EKS コントロールプレーン (標準サポート)");
  });

  it("a nested purchase option and the derived-rate flag render in Japanese", () => {
    const name = {
      code: "LINE_DERIVED_RATE",
      params: {
        derivedLine: "LINE_EC2_NODES_PURCHASE",
        instanceType: "m6i.large",
        purchase: "PURCHASE_EC2_COMMITMENT",
        termYears: 1,
        commitment: "COMMITMENT_STANDARD_RI",
        ec2Payment: "EC2_PAYMENT_NO_UPFRONT",
        group: "GROUP_PLATFORM",
        os: "linux",
        architecture: "x86_64",
      },
    };
    expect(renderCoreMessage(name, "en")).toBe(
      "EC2 m6i.large nodes, 1-year Standard Reserved Instance, No Upfront (linux/x86_64) (derived rate)",
    );
    expect(renderCoreMessage(name, "ja")).toBe(
      "EC2 m6i.large ノード、1 年のスタンダードリザーブドインスタンス、前払いなし (linux/x86_64) (導出した料金)",
    );
  });
});
