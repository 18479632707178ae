import { embeddedPriceBook, modelScenario, toDecimalString } from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { crossingMarkers, curveData, patternColor } from "./chart-data";
import { MICROSERVICES } from "./presets";
import { toScenario } from "./to-scenario";

const book = embeddedPriceBook();

describe("the core's TCO curves and crossings as chart data", () => {
  const view = buildView(MICROSERVICES.state, book, { withAnalysis: true }).view;
  if (!view?.isComplete) throw new Error("no complete view");
  const core = modelScenario(toScenario(MICROSERVICES.state).input, book);

  it("20 curve points at k × 10 ÷ 20 (k = 1 … 20): ×0.5, ×1, … ×10 (the core's default maxScaleMultiplier 10)", () => {
    const rows = curveData(view.json.curves, "tcoUsd");
    expect(rows.map((row) => row.factor)).toEqual(Array.from({ length: 20 }, (_, k) => (k + 1) * 0.5));
    // each value is the core's exact TCO, rounded to cents only for the chart geometry
    const last = core.curves.at(-1)?.patterns["ecs-fargate"]?.tcoUsd;
    expect(rows.at(-1)?.["ecs-fargate"]).toBe(Number(last?.toDecimalPlaces(2).toFixed()));
  });

  it("a crossing is marked at the TCO of the pattern cheaper from there, at the core's exact multiplier", () => {
    const crossing = core.breakEven.pairs
      .flatMap((pair) => pair.crossings.map((c) => ({ pair, c })))
      .find(({ c }) => c.cheaperAfter === "ecs-ec2");
    if (!crossing) throw new Error("the microservice estate should have ECS on EC2 overtaking something");
    const markers = crossingMarkers(view.json.breakEven, view.patterns);
    // the multiplier crosses as the core's 6-place text (e.g. 25/6 → "4.166667"), so it is within 5e-7 of the fraction
    const exact = crossing.c.multiplier.num / crossing.c.multiplier.den;
    const marker = markers.find((m) => m.label.endsWith("→ ECS on EC2") && Math.abs(m.factor - exact) <= 5e-7);
    expect(marker?.value).toBe(Number(toDecimalString(crossing.c.tcoUsd["ecs-ec2"]!.toDecimalPlaces(2))));
  });

  it("the AWS-bill curve is the core's infraUsd at the same points (no scale series re-derived in the web)", () => {
    const rows = curveData(view.json.curves, "infraUsd");
    const first = core.curves[0]?.patterns["ecs-ec2"]?.infraUsd;
    expect(rows[0]?.["ecs-ec2"]).toBe(Number(first?.toDecimalPlaces(2).toFixed()));
  });

  it("a pattern's colour follows its place in the core's list, so a sixth pattern gets its own colour too", () => {
    expect(patternColor("ecs-fargate")).not.toBe(patternColor("ecs-ec2"));
    expect(patternColor("a-pattern-this-build-does-not-know")).toMatch(/^#[0-9a-f]{6}$/);
  });
});
