import { Decimal, DEFAULT_FX_AS_OF, DEFAULT_FX_SOURCE, DEFAULT_JPY_PER_USD, TRADE_OFF_MATRIX } from "@repo/core";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../../lib/i18n";
import { localSources } from "../../lib/ja/source-remarks";
import { fxSourceText } from "./fx-note";

// Issue 20 item 2: a citation stays as written (URL, file, issue, source id), its English remark is Japanese on
// the Japanese page; core's default exchange-rate source is named in Japanese with its URL kept.
describe("sources in the page's language", () => {
  const sourcesOf = (id: string) => TRADE_OFF_MATRIX.find((row) => row.id === id)?.sources ?? "";

  it("the architecture row: core's remark '(ARM: ECS only)' reads (ARM は ECS のみ); the citations are unchanged", () => {
    expect(sourcesOf("architecture")).toBe(
      "aws.amazon.com/fargate/pricing (ARM: ECS only); aws/containers-roadmap#1629; set-builtin-node-pools.html",
    );
    expect(localSources(sourcesOf("architecture"), "ja")).toBe(
      "aws.amazon.com/fargate/pricing (ARM は ECS のみ); aws/containers-roadmap#1629; set-builtin-node-pools.html",
    );
    expect(localSources(sourcesOf("architecture"), "en")).toBe(sourcesOf("architecture"));
  });

  it("the learning-curve row: ops-effort.md §3.1 onboarding reads §3.1 (オンボーディング)", () => {
    expect(localSources(sourcesOf("learning-curve"), "ja")).toBe("F31; ops-effort.md §3.1 (オンボーディング)");
  });

  it("the default FX rate: Federal Reserve H.10 in Japanese, the release's URL kept; a user's own rate as typed", () => {
    const fx = { jpyPerUsd: new Decimal(DEFAULT_JPY_PER_USD), asOf: DEFAULT_FX_AS_OF, source: DEFAULT_FX_SOURCE, userSet: false };
    expect(fxSourceText(fx, "ja", messagesFor("ja"))).toBe(
      "¥148.54/$ (2024-02-02、米国連邦準備制度理事会 (FRB) の H.10、ニューヨーク市場の正午買い相場 (https://federalreserve.gov/releases/h10/20240205))",
    );
    expect(fxSourceText(fx, "en", messagesFor("en"))).toBe(
      "¥148.54/$ (2024-02-02, Federal Reserve H.10, noon buying rate in New York (https://federalreserve.gov/releases/h10/20240205))",
    );
    const bank = { ...fx, jpyPerUsd: new Decimal("150"), source: "MUFG TTM 2026-12-01" };
    expect(fxSourceText(bank, "ja", messagesFor("ja"))).toBe("¥150/$ (2024-02-02, MUFG TTM 2026-12-01)");
  });
});
