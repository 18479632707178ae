// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { labelLines, StackedCostChart } from "./stacked-cost-chart";

afterEach(cleanup);

const series = [
  { key: "compute", label: "Compute", color: "#2563eb" },
  { key: "storage", label: "Storage", color: "#0891b2" },
  { key: "ops", label: "Ops effort", color: "#6b7280" },
];
const formatValue = (value: number) => `$${value.toFixed(2)}`;
/** The drawing's plot: 320 high, 12 above and 52 below it (stacked-cost-chart.tsx) → 256 units for the axis. */
const PLOT_HEIGHT = 256;

describe("StackedCostChart (plain SVG, one render per change)", () => {
  const data = [
    { pattern: "ECS on Fargate", compute: 120, storage: 30, ops: 0 },
    { pattern: "EKS on EC2 (≥)", compute: 60, storage: 0, ops: 90 },
  ];
  const segments = () => [...document.querySelectorAll<SVGRectElement>('[data-testid="cost-chart"] rect.bar-segment')];

  it("one segment per non-zero category, stacked, heights in proportion on an axis of 0…150 by 50 (max total 150)", () => {
    render(<StackedCostChart data={data} series={series} formatValue={formatValue} title="By category" />);
    const drawn = segments().map((rect) => ({
      title: rect.querySelector("title")?.textContent,
      height: Number(rect.getAttribute("height")),
    }));
    // 150 is the axis top (niceTicks(150) = 0, 50, 100, 150): 120 of 150 is 0.8 of the plot, 30 is 0.2, 60 is 0.4, 90 is 0.6
    expect(drawn).toEqual([
      { title: "ECS on Fargate · Compute: $120.00", height: 0.8 * PLOT_HEIGHT },
      { title: "ECS on Fargate · Storage: $30.00", height: 0.2 * PLOT_HEIGHT },
      { title: "EKS on EC2 (≥) · Compute: $60.00", height: 0.4 * PLOT_HEIGHT },
      { title: "EKS on EC2 (≥) · Ops effort: $90.00", height: 0.6 * PLOT_HEIGHT },
    ]);
    const labels = [...document.querySelectorAll(".y-tick text")].map((text) => text.textContent);
    expect(labels).toEqual(["$0.00", "$50.00", "$100.00", "$150.00"]);
  });

  it("the legend lists the categories drawn, in the series' order; the figure is labelled for assistive technology", () => {
    render(<StackedCostChart data={data} series={series} formatValue={formatValue} title="By category" />);
    expect([...document.querySelectorAll(".chart-legend li")].map((li) => li.textContent)).toEqual(["Compute", "Storage", "Ops effort"]);
    expect(screen.getByRole("img", { name: "By category" }).tagName.toLowerCase()).toBe("svg");
  });

  it("a segment sits on the one below it: Storage starts where Compute ends", () => {
    render(<StackedCostChart data={data} series={series} formatValue={formatValue} title="By category" />);
    const [compute, storage] = segments();
    expect(Number(storage?.getAttribute("y")) + Number(storage?.getAttribute("height"))).toBeCloseTo(Number(compute?.getAttribute("y")), 9);
  });

  it("nothing priced (every pattern ruled out): an axis and no segments, never NaN geometry", () => {
    render(
      <StackedCostChart data={[{ pattern: "ECS on Fargate", compute: 0 }]} series={series} formatValue={formatValue} title="By category" />,
    );
    expect(segments()).toHaveLength(0);
    expect(document.querySelector('[data-testid="cost-chart"] svg')?.innerHTML).not.toContain("NaN");
  });

  it("pattern names under the bars: two lines when wide, one word per line (at most three) below 600 px", () => {
    expect(labelLines("ECS on Fargate", 0)).toEqual(["ECS on", "Fargate"]);
    expect(labelLines("ECS Managed Instances (≥)", 0)).toEqual(["ECS Managed", "Instances (≥)"]);
    expect(labelLines("EKS on EC2", 1)).toEqual(["EKS", "on", "EC2"]);
    expect(labelLines("ECS Managed Instances (≥)", 1)).toEqual(["ECS", "Managed", "Instances (≥)"]);
    expect(labelLines("Fargate", 0)).toEqual(["Fargate"]);
  });
});
