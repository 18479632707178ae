import { isCoreError, parseCpuMillicores, parseDecimal, toQuantity, type CoreError } from "@repo/core";
import { describe, expect, it } from "vitest";
import { renderFieldIssues } from "./error-messages";
import { addFieldError, formFieldOf, type FieldIssues } from "./field-errors";

const caught = (run: () => unknown): CoreError => {
  try {
    run();
  } catch (error) {
    if (isCoreError(error)) return error;
    throw error;
  }
  throw new Error("no CoreError");
};

/** A core error beside its form field, as build-view.ts adds it (CORE_RULE with the coded sentence). */
function besideField(error: CoreError): FieldIssues {
  const errors: FieldIssues = {};
  addFieldError(errors, formFieldOf(error.field ?? ""), "CORE_RULE", {}, error.detail);
  return errors;
}

/**
 * Errors core used to pass as English text (the removed ERROR_TEXT, shown untranslated on the Japanese page) now
 * carry a code: the Japanese page words them from ./ja/errors.ts, the English page keeps core's sentence.
 */
describe("core errors coded in issue 12 item 5, rendered beside their field on the Japanese page", () => {
  it("an infinite engineer rate: beside the rate field, in Japanese, naming the value", () => {
    const errors = besideField(caught(() => toQuantity(Number.POSITIVE_INFINITY, "ops.engineerHourlyUsd")));
    expect(renderFieldIssues(errors, "ja")).toEqual({ opsRateUsdPerHour: "Infinity は有限の数値ではありません" });
    expect(renderFieldIssues(errors, "en")).toEqual({ opsRateUsdPerHour: "Infinity is not a finite number" });
  });

  it("a decimal with an exponent (a Spot price): listed with the general errors, in Japanese", () => {
    const errors = besideField(caught(() => parseDecimal("1e3", "purchase.ec2.spotPricesUsdPerHour.m6i.large")));
    expect(renderFieldIssues(errors, "ja")).toEqual({ general: "「1e3」は 10 進数の数値ではありません (指数表記は使えません)" });
  });

  it("a container CPU that is no Kubernetes quantity: on the service row, in Japanese with the examples", () => {
    const errors = besideField(caught(() => parseCpuMillicores("2 cores", "services[0].containers[0].cpu")));
    expect(renderFieldIssues(errors, "ja")).toEqual({
      "services[0].name": "「2 cores」は Kubernetes の数量表記ではありません (例: 500m、1、256Mi、1Gi、1G)",
    });
  });
});
