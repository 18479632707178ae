// @vitest-environment happy-dom
import { embeddedPriceBook, formatUsd, modelScenario, parseDecimal, type ModelResult } from "@repo/core";
import { cleanup, render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { modelView } from "../../lib/build-view";
import { messagesFor } from "../../lib/i18n";
import { TotalsTable } from "./totals-table";

/**
 * Issue 12, the web's part of the cross-face consistency test: the same scenario files the CLI's
 * faces are checked against (tests/src/cross-face-consistency.test.ts ties every CLI face to
 * `modelScenario`) go through the web's view builder, its totals table and both exports, and each
 * must show the status and the total of the one model result, per pattern.
 */
const GOLDEN = join(import.meta.dirname, "../../../../../tests/golden");
/** The one scenario list of the cross-face test (tests/golden/cross-face/scenarios.json, shared with the CLI faces' test). */
const SCENARIOS = JSON.parse(readFileSync(join(GOLDEN, "cross-face/scenarios.json"), "utf8")) as { file: string; why: string }[];

const book = embeddedPriceBook();
const t = messagesFor("en");
type Seen = { status: string; monthlyUsd: string | null; lowerBound: boolean };
const exact = (value: string | null) => (value === null ? null : parseDecimal(value).toFixed());
const wantedOf = (result: ModelResult): Record<string, Seen> =>
  Object.fromEntries(
    result.patterns.map(({ bill }) => [
      bill.id,
      {
        status: bill.status,
        monthlyUsd: bill.monthlyUsd === null ? null : bill.monthlyUsd.toFixed(),
        lowerBound: bill.lowerBound,
      },
    ]),
  );

afterEach(cleanup);

describe.each(SCENARIOS)("$why ($file)", ({ file }) => {
  const input: unknown = parse(readFileSync(join(GOLDEN, file), "utf8"));
  const result = modelScenario(input, book);
  const wanted = wantedOf(result);
  const fast = modelView(input, book, false);
  const complete = modelView(input, book, true);

  it("the view builder (per keystroke and complete): the model's status, exact total and lowerBound per pattern", () => {
    for (const view of [fast, complete]) {
      const seen = Object.fromEntries(
        view.patterns.map((p) => [p.id, { status: p.status, monthlyUsd: exact(p.monthlyUsd), lowerBound: p.lowerBound }]),
      );
      expect(seen).toEqual(wanted);
      // the TCO's AWS part is the bill (no AWS money added outside it)
      for (const p of view.patterns) expect(exact(p.tco.infraMonthlyUsd)).toBe(wanted[p.id]?.monthlyUsd);
    }
  });

  it('the totals table: the status, and the rounded total — "≥" for a lower bound, — when ruled out', () => {
    render(<TotalsTable patterns={fast.patterns} t={t} locale="en" />);
    for (const { bill } of result.patterns) {
      const row = document.querySelector(`tr[data-pattern="${bill.id}"]`);
      expect(row?.querySelector(".status")?.textContent, bill.id).toBe(t[`status.${bill.status}`]);
      const total = bill.monthlyUsd === null ? "—" : `${bill.lowerBound ? "≥ " : ""}${formatUsd(bill.monthlyUsd)}`;
      expect(screen.getByTestId(`monthly-${bill.id}`).textContent, bill.id).toBe(total);
    }
  });

  it("the JSON export carries the same status, total and lowerBound per pattern", () => {
    const json = JSON.parse(JSON.stringify(complete.json)) as typeof complete.json;
    expect(
      Object.fromEntries(json.patterns.map((p) => [p.id, { status: p.status, monthlyUsd: exact(p.monthlyUsd), lowerBound: p.lowerBound }])),
    ).toEqual(wanted);
  });

  it("the CSV export (the core's reviewCsv): same status and lowerBound per pattern, its line rows sum to its total row", () => {
    if (!complete.csv) throw new Error("the browser's full run carries the CSV export");
    const { columns, rows } = complete.csv;
    const at = (name: string) => columns.indexOf(name);
    for (const { bill } of result.patterns) {
      const mine = rows.filter((row) => row[at("pattern")] === bill.id && ["line", "aws-total"].includes(row[at("section")] ?? ""));
      expect(new Set(mine.map((row) => row[at("status")])), bill.id).toEqual(new Set([bill.status]));
      expect(new Set(mine.map((row) => row[at("lowerBound")])), bill.id).toEqual(new Set([String(bill.lowerBound)]));
      const amounts = mine.filter((row) => row[at("section")] === "line").map((row) => row[at("monthlyUsd")] ?? "");
      const total = bill.status === "ruled-out" ? null : amounts.reduce((sum, a) => sum.plus(parseDecimal(a)), parseDecimal("0")).toFixed();
      expect(total, bill.id).toBe(wanted[bill.id]?.monthlyUsd);
      const totalRow = mine.find((row) => row[at("section")] === "aws-total")?.[at("monthlyUsd")] ?? "";
      expect(totalRow === "" ? null : parseDecimal(totalRow).toFixed(), bill.id).toBe(wanted[bill.id]?.monthlyUsd);
    }
  });
});

describe("issue 12's wrong answers in the web, as regression tests", () => {
  const privileged = modelView(parse(readFileSync(join(GOLDEN, "cross-face/privileged.yaml"), "utf8")), book, true);

  it("privileged: the scale chart and break-evens never price a ruled-out Fargate pattern", () => {
    // the core's curves leave a pattern it cannot price out of every point; the solver skips it
    for (const point of privileged.json.curves) {
      expect(point.patterns["ecs-fargate"] ?? null).toBeNull();
      expect(point.patterns["eks-fargate"] ?? null).toBeNull();
    }
    const paired = privileged.json.breakEven.pairs.flatMap((pair) => [pair.a, pair.b]);
    expect(paired).not.toContain("ecs-fargate");
    expect(paired).not.toContain("eks-fargate");
  });

  it("privileged: the recommendation is a pattern that can run it (ECS on EC2 at $58.25 AWS: 1 × c6a.large + 30 GiB gp3)", () => {
    expect(privileged.json.recommendation.pattern).not.toMatch(/fargate/);
    expect(privileged.patterns.find((p) => p.id === "ecs-ec2")?.monthlyUsd).toBe("58.245");
  });
});
