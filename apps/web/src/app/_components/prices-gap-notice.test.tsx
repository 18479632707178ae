// @vitest-environment happy-dom
import { embeddedPriceBook } from "@repo/core";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildView } from "../../lib/build-view";
import { messagesFor } from "../../lib/i18n";
import { SMALL_WEB_APP } from "../../lib/presets";
import type { ScenarioState } from "../../lib/scenario-state";
import { PricesGapNotice } from "./prices-gap-notice";

const book = embeddedPriceBook();
const gapOf = (patch: Partial<ScenarioState>) => {
  const { view, errors } = buildView({ ...SMALL_WEB_APP.state, ...patch }, book);
  if (!view) throw new Error(JSON.stringify(errors));
  return view.json.pricesGap;
};

afterEach(cleanup);

describe("PricesGapNotice: which rates an incomplete result misses, at the top, beside the refresh command", () => {
  it("sa-east-1 small web app: lists core's missing usages (the snapshot has no ALB/NAT rates for sa-east-1, docs/price-coverage.md) and the command", () => {
    const gap = gapOf({ region: "sa-east-1" });
    render(<PricesGapNotice gap={gap} regionRefreshCommand={undefined} t={messagesFor("en")} />);
    const missing = screen.getByTestId("missing-rates").textContent ?? "";
    expect(missing).toBe(`Rates this result is missing: ${gap?.missingUsages.join(", ")}`);
    expect(missing).toContain("elb/alb/hours");
    expect(missing).toContain("vpc/nat-gateway/hours");
    expect(screen.getByTestId("coverage-gap").textContent).toContain("costcalc prices refresh --regions sa-east-1 --source offer-files");
  });

  it("in Japanese the same list follows the Japanese label", () => {
    render(<PricesGapNotice gap={gapOf({ region: "sa-east-1" })} regionRefreshCommand={undefined} t={messagesFor("ja")} />);
    expect(screen.getByTestId("missing-rates").textContent).toMatch(/^この結果に不足している料金: .*elb\/alb\/hours/);
  });

  it("us-east-1 is fully priced (core's pricesGap is null) and fully covered: no notice at all", () => {
    const gap = gapOf({ region: "us-east-1" });
    expect(gap).toBeNull();
    const { container } = render(<PricesGapNotice gap={gap} regionRefreshCommand={undefined} t={messagesFor("en")} />);
    expect(container.textContent).toBe("");
  });

  it("a complete result on a partly covered region shows the command but no missing list", () => {
    render(
      <PricesGapNotice
        gap={null}
        regionRefreshCommand="costcalc prices refresh --regions eu-west-1 --source offer-files"
        t={messagesFor("en")}
      />,
    );
    expect(screen.getByTestId("coverage-gap").textContent).toContain("--regions eu-west-1");
    expect(screen.queryByTestId("missing-rates")).toBeNull();
  });
});
