import { describe, expect, it } from "vitest";
import { formatNumber } from "./format";

describe("quantity formatting (money: reporting.test.ts)", () => {
  it("quantities per locale, grouped, no float noise", () => {
    expect(formatNumber("1234.5", "en")).toBe("1,234.5");
    expect(formatNumber("1234.5", "ja")).toBe("1,234.5");
  });
});
