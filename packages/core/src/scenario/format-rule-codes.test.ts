import { describe, expect, it } from "vitest";
import { createPriceBook } from "../price-book/price-book";
import embeddedSnapshot from "../snapshot/embedded-snapshot.json" with { type: "json" };
import { caughtCoreError as caught } from "../testing/caught-core-error";
import { parseScenario } from "./parse-scenario";

const web = { name: "web", taskCount: 1, vcpu: 0.5, memoryGib: 1 };

describe("core's own format rules on strings keep their sentence as a code (not zod's 'must match pattern')", () => {
  it("a price snapshot with a negative price: ERR_PLAIN_DECIMAL_STRING, the CLI/web line as before the codes", () => {
    const snapshot = structuredClone(embeddedSnapshot) as { rates: { priceUsd: string }[] };
    const first = snapshot.rates[0];
    if (first) first.priceUsd = "-1";
    const error = caught(() => createPriceBook(snapshot));
    expect(error.detail.code).toBe("ERR_PLAIN_DECIMAL_STRING");
    expect(error.message).toBe('[core] INVALID_SNAPSHOT: must be a plain decimal string such as "0.0404800000" (field: rates.0.priceUsd)');
  });

  it("a Savings Plan commitment that is not a decimal string: the rule and the value given", () => {
    const error = caught(() =>
      parseScenario({
        region: "us-east-1",
        services: [web],
        purchase: { fargate: { ecs: { option: "compute-savings-plan", savingsPlan: { commitmentUsdPerHour: "1e3" } } } },
      }),
    );
    expect(error.detail).toMatchObject({ code: "ERR_WITH_VALUE", params: { rule: "ERR_PLAIN_DECIMAL_STRING", value: '"1e3"' } });
    expect(error.message).toContain('must be a plain decimal string such as "0.0404800000" (got "1e3")');
  });

  it("an FX date not written YYYY-MM-DD: ERR_DATE_YYYY_MM_DD", () => {
    const error = caught(() =>
      parseScenario({ region: "us-east-1", services: [web], reporting: { currency: "JPY", jpyPerUsd: 150, fxAsOf: "2026/12/01" } }),
    );
    expect(error.detail.params.rule ?? error.detail.code).toBe("ERR_DATE_YYYY_MM_DD");
    expect(error.message).toContain("must be a date YYYY-MM-DD");
  });
});
