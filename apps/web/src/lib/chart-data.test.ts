import { analyzeScenario, embeddedPriceBook, toDecimalString } from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { crossingMarkers, curveData } from "./chart-data";
import { MICROSERVICES } from "./presets";
import { toScenario } from "./to-scenario";

const book = embeddedPriceBook();

describe("the core's TCO curves and crossings as chart data", () => {
  const view = buildView(MICROSERVICES.state, book, { withAnalysis: true }).view;
  const analysis = view?.analysis;
  if (!view || !analysis) throw new Error("no analysis");
  const core = analyzeScenario(toScenario(MICROSERVICES.state).input, book);

  it("20 curve points at k × 10 ÷ 20 (k = 1 … 20): ×0.5, ×1, … ×10 (the core's default maxScaleMultiplier 10)", () => {
    const rows = curveData(analysis.curves);
    expect(rows.map((row) => row.factor)).toEqual(Array.from({ length: 20 }, (_, k) => (k + 1) * 0.5));
    // each value is the core's exact TCO, rounded to cents only for the chart geometry
    const last = core.curves.at(-1)?.patterns["ecs-fargate"]?.tcoUsd;
    expect(rows.at(-1)?.["ecs-fargate"]).toBe(Number(last?.toDecimalPlaces(2).toFixed()));
  });

  it("a crossing is marked at the TCO of the pattern cheaper from there, at the core's exact multiplier", () => {
    const crossing = core.breakEven.pairs.flatMap((pair) => pair.crossings.map((c) => ({ pair, c }))).find(({ c }) => c.cheaperAfter === "ecs-ec2");
    if (!crossing) throw new Error("the microservice estate should have ECS on EC2 overtaking something");
    const markers = crossingMarkers(analysis.crossings, view.patterns);
    // the multiplier crosses as the core's 6-place text (e.g. 25/6 → "4.166667"), so it is within 5e-7 of the fraction
    const exact = crossing.c.multiplier.num / crossing.c.multiplier.den;
    const marker = markers.find((m) => m.label.endsWith("→ ECS on EC2") && Math.abs(m.factor - exact) <= 5e-7);
    expect(marker?.value).toBe(Number(toDecimalString(crossing.c.tcoUsd["ecs-ec2"]!.toDecimalPlaces(2))));
  });
});
