import { embeddedPriceBook } from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { SMALL_WEB_APP } from "./presets";
import { shareIdentical } from "./share-identical";
import { toInitialResult } from "./view-wire";

const rate = { region: "us-east-1", usage: "elb/application/lcu-hours", sourceId: "S4", asOf: "2026-09-11" };

describe("shareIdentical (issue 17: each repeated part of the first paint sent once)", () => {
  it("makes deep-equal objects one instance and leaves the JSON exactly as it was", () => {
    const input = { a: { rate: { ...rate } }, b: { rate: { ...rate } }, c: [{ ...rate }, { ...rate, sourceId: "S5" }] };
    const out = shareIdentical(input, 10);
    expect(JSON.stringify(out), "nothing added, removed or reordered").toBe(JSON.stringify(input));
    expect(out.a, "same key order and values").toBe(out.b);
    expect(out.a.rate).toBe(out.c[0]);
    expect(out.c[1], "one field differs: not the same object").not.toBe(out.c[0]);
  });

  it("does not merge objects whose keys come in another order (the JSON text would change)", () => {
    const out = shareIdentical(
      [
        { x: "1", y: "2", z: "a long enough value" },
        { y: "2", x: "1", z: "a long enough value" },
      ],
      10,
    );
    expect(out[0]).not.toBe(out[1]);
    expect(JSON.stringify(out)).toBe('[{"x":"1","y":"2","z":"a long enough value"},{"y":"2","x":"1","z":"a long enough value"}]');
  });

  it("keeps small objects apart (a reference would be longer) and tells 1 from '1' and null from 'null'", () => {
    const small = shareIdentical([{ n: 1 }, { n: 1 }]);
    expect(small[0]).not.toBe(small[1]);
    const mixed = shareIdentical([
      { v: 1, pad: "x".repeat(90) },
      { v: "1", pad: "x".repeat(90) },
      { v: null, pad: "x".repeat(90) },
      { v: "null", pad: "x".repeat(90) },
    ]);
    expect(new Set(mixed).size, "four different values, four objects").toBe(4);
  });

  it("a 4-service link's first paint: the shared ALB line is one object in all six bills", () => {
    const first = SMALL_WEB_APP.state.services[0];
    if (!first) throw new Error("the preset has a service");
    const state = { ...SMALL_WEB_APP.state, services: ["web", "api", "worker", "cron"].map((name) => ({ ...first, name })) };
    const wire = toInitialResult(buildView(state, embeddedPriceBook())).view;
    if (!wire) throw new Error("the link is a valid scenario");
    const albLines = wire.json.patterns.map((pattern) => pattern.lines.find((line) => line.id === "shared:alb-hours"));
    // the preset has an ALB (alb=1): every pattern bills the same ALB hours at the same rate
    expect(albLines.every((line) => line !== undefined && line === albLines[0])).toBe(true);
    expect(albLines).toHaveLength(6);
  });
});
