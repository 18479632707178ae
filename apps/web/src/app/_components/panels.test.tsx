// @vitest-environment happy-dom
import { createPriceBook, embeddedPriceBook, parseDecimal, toDecimalString } from "@repo/core";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildView } from "../../lib/build-view";
import { messagesFor } from "../../lib/i18n";
import { SMALL_WEB_APP } from "../../lib/presets";
import type { ScenarioState } from "../../lib/scenario-state";
import type { CalculatorView } from "../../lib/view-types";
import { NodePlansPanel } from "./node-plans-panel";
import { RecommendationPanel } from "./recommendation-panel";
import { SensitivityPanel, tornadoDelta } from "./sensitivity-panel";
import { TcoPanel } from "./tco-panel";
import { TotalsTable } from "./totals-table";
import { TradeOffPanel } from "./trade-off-panel";

const book = embeddedPriceBook();
const t = messagesFor("en");
const viewOf = (patch: Partial<ScenarioState> = {}, withAnalysis = false): CalculatorView => {
  const { view, errors } = buildView({ ...SMALL_WEB_APP.state, ...patch }, book, { withAnalysis });
  if (!view) throw new Error(JSON.stringify(errors));
  return view;
};
const exact = (testId: string) => screen.getByTestId(testId).getAttribute("data-exact-usd");

afterEach(cleanup);

describe("TCO panel", () => {
  it("ECS on Fargate, typical: ops = (0 + 0.5 + 0.5 + 1 + 1.5 + 1 h + 1 joiner × 40 h ÷ 12) × $90 = 7.8333 h × 90 = $705; TCO = $186.1053 AWS + $705", () => {
    // Hours: ops-effort.md §3 typical column for ECS on Fargate (FIRST_CLUSTER_HOURS) + onboarding F31 (ECS 40 h typical);
    // rate: $90/h typical (F35–F38). AWS: 2 × 0.5 vCPU/1 GiB + 2 × 1 vCPU/2 GiB Fargate + ALB + NAT = $161.8953,
    // + the ALB's 2 public IPv4 (2 × 730 × 0.005 = 7.30) and the NAT gateway's Elastic IP (3.65), S40 (issue 15) = $172.8453,
    // + the starter's ALB LCUs 1.5 × 730 × $0.008 = $8.76 and NAT data 200 GB (was 100) → +100 × $0.045 = $4.50 (issue 20 item 6) = $186.1053.
    render(<TcoPanel view={viewOf()} t={t} locale="en" />);
    expect(exact("ops-ecs-fargate")).toBe("705");
    expect(exact("tco-ecs-fargate")).toBe("891.1053");
    expect(exact("tco3y-ecs-fargate")).toBe("32079.7908"); // × 36 months
  });

  it("ECS on EC2: (0 + 1 + 3 + 3 + 3 + 1.5 + 3.3333 h) × $90 = $1,335 ops; a $120/h rate scales it to 14.8333 × 120 = $1,780", () => {
    render(<TcoPanel view={viewOf({ opsRateUsdPerHour: "120" })} t={t} locale="en" />);
    expect(Number(exact("ops-ecs-ec2"))).toBeCloseTo((11.5 + 40 / 12) * 120, 8);
  });

  it("shows both Kubernetes upgrade paths for the EKS patterns: extended support adds $0.50 × 730 = $365 per cluster-month", () => {
    render(<TcoPanel view={viewOf()} t={t} locale="en" />);
    const table = screen.getByTestId("upgrade-paths");
    expect(within(table).getAllByRole("row")).toHaveLength(4); // header + EKS on Fargate + EKS on EC2 + EKS Auto Mode
    expect(within(table).getAllByText("$365.00")).toHaveLength(3);
  });

  it("upfront is shown once, apart from the monthly figures: 3-year all-upfront RI → upfront > 0, recurring $0", () => {
    render(<TcoPanel view={viewOf({ purchaseOption: "reserved", ec2TermYears: "3", ec2Payment: "all-upfront" })} t={t} locale="en" />);
    const upfront = Number(exact("upfront-ecs-ec2"));
    expect(upfront).toBeGreaterThan(0);
    const row = screen.getAllByTestId("purchase-ecs-ec2")[0]!;
    expect(within(row).getByText(/36 months/)).toBeTruthy();
    // all upfront: nothing recurring; the effective monthly is the upfront spread over 36 months
    const [, recurring, effective] = within(row)
      .getAllByText(/\$/)
      .map((node) => node.closest("[data-exact-usd]")?.getAttribute("data-exact-usd"));
    expect(recurring).toBe("0");
    expect(Number(effective)).toBeCloseTo(upfront / 36, 6);
  });
});

describe("trade-off panel", () => {
  it("no workload constraint: the matrix is shown with nothing triggered", () => {
    const view = viewOf();
    render(<TradeOffPanel matrix={view.tradeOffs} patterns={view.patterns} t={t} locale="en" />);
    expect(screen.getByText(t.noConstraints)).toBeTruthy();
    expect(document.querySelectorAll("[data-triggered]")).toHaveLength(0);
  });

  it("privileged containers rule out both Fargate patterns (F22, F24), shown with the reason and the cells triggered", () => {
    const view = viewOf({ workloadPrivileged: "yes", workloadDaemonSets: "yes" });
    render(<TradeOffPanel matrix={view.tradeOffs} patterns={view.patterns} t={t} locale="en" />);
    expect(within(screen.getByTestId("ruled-out")).getAllByRole("listitem")).toHaveLength(2);
    const triggered = [...document.querySelectorAll("[data-triggered]")];
    // os-access row: ECS Fargate + EKS Fargate + EKS Auto Mode (privileged pods on a locked-down node, issue 16);
    // daemon-sets row: EKS on Fargate flagged (F22)
    expect(triggered.length).toBe(4);
    expect(screen.getByTestId("constraints").textContent).toMatch(/Rules out.*Fargate/);
  });

  it("in Japanese, the core's constraint and ruled-out reasons are rendered from their codes (CONSTRAINT_PRIVILEGED), not its English", () => {
    const view = viewOf({ workloadPrivileged: "yes" });
    render(<TradeOffPanel matrix={view.tradeOffs} patterns={view.patterns} t={messagesFor("ja")} locale="ja" />);
    expect(screen.getByTestId("constraints").textContent).toContain(
      "特権コンテナとホストネットワーキングは Fargate ではサポートされません。",
    );
    // ruled out by the constraint: its own message, then its sources (F22, F24)
    expect(screen.getByTestId("ruled-out").textContent).toMatch(/特権コンテナ.*\[F22/);
    expect(screen.getByTestId("ruled-out").textContent).not.toContain("privileged containers");
  });
});

describe("lower bounds (rates missing) are never shown as totals", () => {
  // The embedded snapshot without us-east-1's gp3 storage rate: the EC2 patterns' root volumes cannot be
  // priced, so the core marks them incomplete (a MissingRate, not a guess); Fargate needs no EBS rate.
  const snapshot = embeddedPriceBook().snapshot;
  const noGp3 = createPriceBook({
    ...snapshot,
    rates: snapshot.rates.filter((r) => !(r.region === "us-east-1" && r.usage === "ebs/gp3/gb-months")),
  });
  const view = buildView(SMALL_WEB_APP.state, noGp3).view;
  if (!view) throw new Error("no view");

  it('the core flags the EC2 patterns as lower bounds; the totals read "≥ $X" there and only there, with a note', () => {
    expect(view.patterns.map((p) => [p.id, p.status, p.lowerBound])).toEqual([
      ["ecs-fargate", "priced", false],
      ["ecs-ec2", "incomplete", true],
      ["eks-fargate", "priced", false],
      ["eks-ec2", "incomplete", true],
      ["ecs-managed-instances", "incomplete", true],
      ["eks-auto-mode", "incomplete", true],
    ]);
    render(<TotalsTable patterns={view.patterns} t={t} locale="en" />);
    expect(screen.getByTestId("monthly-ecs-ec2").textContent).toMatch(/^≥ \$/);
    expect(screen.getByTestId("monthly-ecs-ec2").getAttribute("data-lower-bound")).toBe("true");
    expect(screen.getByTestId("monthly-ecs-fargate").textContent).toMatch(/^\$/);
    expect(screen.getByTestId("lower-bound-note").textContent).toContain("lower bound");
  });

  it("the TCO of a lower-bound bill is a lower bound too (AWS part incomplete)", () => {
    render(<TcoPanel view={view} t={t} locale="en" />);
    expect(screen.getByTestId("tco-eks-ec2").textContent).toMatch(/^≥ \$/);
    expect(screen.getByTestId("tco-eks-fargate").textContent).toMatch(/^\$/);
  });
});

describe("recommendation panel", () => {
  it("names the core's pick with its reasons; says the break-even search is pending until it arrives", () => {
    const fast = viewOf();
    render(<RecommendationPanel view={fast} t={t} locale="en" />);
    expect(screen.getByTestId("recommendation").getAttribute("data-pattern")).toBe("ecs-fargate");
    expect(exact("recommended-tco")).toBe("891.1053");
    expect(screen.getByTestId("recommendation-reasons").textContent).toContain(
      "ECS on Fargate has the lowest typical TCO: $891.11/month = $186.11 AWS + $705.00 ops",
    );
    expect(screen.getByTestId("analysis-pending")).toBeTruthy();
    cleanup();
    render(<RecommendationPanel view={viewOf({}, true)} t={t} locale="en" />);
    expect(screen.queryByTestId("analysis-pending")).toBeNull();
    expect(screen.getByTestId("would-change").textContent).toMatch(/searched ranges|→/);
  });
});

describe("sensitivity panel", () => {
  it("tornado bars are the cheapest pattern's TCO change at each end; the engineer-rate row at $0/h removes all ops cost", () => {
    const view = viewOf();
    const rate = view.json.sensitivity.find((row) => row.id === "engineer-rate");
    if (!rate) throw new Error("no engineer-rate row");
    // At the low end of the rate range the ECS on Fargate TCO is its AWS bill plus hours × low rate.
    const lowRate = Number(rate.low.value);
    expect(tornadoDelta(rate, "low")).toBeCloseTo((lowRate - 90) * (4.5 + 40 / 12), 2);
    // the core's delta is exact: TCO at the low end − TCO at the baseline ($891.1053: the starter scenario's ALB LCUs and NAT GB, issue 20 item 6), read, not computed, by the face
    expect(rate.low.deltaUsd).toBe(toDecimalString(parseDecimal(rate.low.tcoUsd["ecs-fargate"] ?? "NaN").minus("891.1053")));
    render(<SensitivityPanel view={view} t={t} locale="en" />);
    expect(within(screen.getByTestId("sensitivity-table")).getAllByRole("row").length).toBe(
      view.json.sensitivity.filter((row) => row.available).length + 1,
    );
  });
});

describe("node plans panel", () => {
  it("renders the core's group: c6a.xlarge, cheapest fit, 3700m / 7021 MiB allocatable, 81.1 % / 87.5 % used", () => {
    render(<NodePlansPanel patterns={viewOf().patterns} t={t} locale="en" />);
    const row = screen.getAllByTestId("node-plan-ecs-ec2")[0]!;
    expect(row.textContent).toContain("c6a.xlarge");
    expect(row.textContent).toContain("3,700m / 7,021 MiB");
    expect(row.textContent).toContain("81.1%");
    expect(row.textContent).toContain("87.5%");
    expect(row.textContent).toMatch(/cheapest type that fits \(\d+ types compared\)/);
  });
});
