import { describe, expect, it } from "vitest";
import { runModel } from "./run-model";
import { sensitivity } from "./sensitivity";
import { book, oneService } from "./test-scenarios";

const input = oneService(20, { ops: { engineersJoiningPerYear: 0 } });
const run = runModel(input, book);
const rows = sensitivity(run, book);

describe("sensitivity: core carries each tornado bar (deltaUsd), faces never subtract (issue 12 item 2)", () => {
  it("engineer rate: the bar is (end rate − baseline rate) × the baseline-cheapest pattern's typical hours", () => {
    const row = rows.find((r) => r.id === "engineer-rate");
    const best = run.tco.find((t) => t.patternId === row?.cheapestAtBaseline);
    if (!row || !best?.ops) throw new Error("no engineer-rate row or no priced baseline pattern");
    // TCO = AWS bill + hours × rate, linear in the rate: moving the rate by Δr moves the TCO by hours × Δr exactly
    const hours = best.ops.hoursPerMonth.typical;
    expect(row.low.deltaUsd?.toFixed()).toBe(row.low.value.minus(row.baseline).times(hours).toFixed());
    expect(row.high.deltaUsd?.toFixed()).toBe(row.high.value.minus(row.baseline).times(hours).toFixed());
    expect(row.low.deltaUsd?.isNegative()).toBe(true);
  });

  it("every available row: the bar = that pattern's TCO at the end − its TCO at the baseline", () => {
    for (const row of rows.filter((r) => r.available && r.cheapestAtBaseline)) {
      const id = row.cheapestAtBaseline;
      const baseline = run.tco.find((t) => t.patternId === id)?.monthlyUsd?.typical;
      if (!id || !baseline) throw new Error(`${row.id}: no baseline TCO`);
      for (const end of [row.low, row.high]) expect(end.deltaUsd?.toFixed(), row.id).toBe(end.tcoUsd[id]?.minus(baseline).toFixed());
    }
  });
});
