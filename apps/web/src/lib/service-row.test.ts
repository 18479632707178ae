import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRow, decodeRows, decodeSchedule, encodeRow, encodeRows, encodeSchedule, type ServiceRow } from "./service-row";

const web: ServiceRow = {
  name: "web",
  count: "4",
  vcpu: "0.5",
  memoryGib: "1",
  arch: "arm64",
  os: "linux",
  scheduleKind: "hours",
  scheduleA: "730",
  scheduleB: "",
  egressGb: "",
  trafficGb: "",
  logGb: "",
};

describe("service rows in the URL", () => {
  it.each([
    { label: "always on: h + hours per month", row: { scheduleKind: "hours", scheduleA: "730", scheduleB: "" }, text: "h730" },
    { label: "daily batch: d + runs x seconds", row: { scheduleKind: "daily", scheduleA: "1", scheduleB: "1200" }, text: "d1x1200" },
    { label: "monthly batch: m + runs x seconds", row: { scheduleKind: "monthly", scheduleA: "4", scheduleB: "3600" }, text: "m4x3600" },
  ] as const)("$label → $text", ({ row, text }) => {
    expect(encodeSchedule(row)).toBe(text);
    expect(decodeSchedule(text)).toEqual(row);
  });

  it("an unknown schedule letter is kept as the hours text, so validation can show it beside the field", () => {
    expect(decodeSchedule("zzz")).toEqual({ scheduleKind: "hours", scheduleA: "zzz", scheduleB: "" });
  });

  it("a row is seven ;-separated fields, readable in the address bar", () => {
    expect(encodeRow(web)).toBe("web;4;0.5;1;arm64;linux;h730");
  });

  it("a truncated row decodes with empty fields (named by validation) instead of throwing", () => {
    expect(decodeRow("web;4")).toEqual({ ...web, vcpu: "", memoryGib: "", arch: "", os: "", scheduleA: "730" });
  });

  it("names with the separators ; and , and % survive the round trip", () => {
    const row = { ...web, name: "a;b,c%3B" };
    expect(decodeRows(encodeRows([row, web]))).toEqual([row, web]);
  });

  it("usage fields (issue 15) are appended only when set: a row without them encodes as before, so older links read unchanged", () => {
    expect(encodeRow(web)).toBe("web;4;0.5;1;arm64;linux;h730");
    expect(decodeRow("web;4;0.5;1;arm64;linux;h730")).toEqual(web);
    const busy = { ...web, egressGb: "500", logGb: "50" };
    expect(encodeRow(busy)).toBe("web;4;0.5;1;arm64;linux;h730;500;;50");
    expect(decodeRow(encodeRow(busy))).toEqual(busy);
  });

  it("property: any rows of any text round-trip exactly (what the user typed is what the link reopens)", () => {
    const field = fc.string({ maxLength: 12 });
    const row = fc
      .record({
        name: field,
        count: field,
        vcpu: field,
        memoryGib: field,
        arch: field,
        os: field,
        scheduleKind: fc.constantFrom("hours", "daily", "monthly" as const),
        scheduleA: fc.string({ maxLength: 6 }).filter((s) => !s.includes("x")),
        scheduleB: field,
        egressGb: field,
        trafficGb: field,
        logGb: field,
      })
      .map((r) => (r.scheduleKind === "hours" ? { ...r, scheduleB: "" } : r));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        expect(decodeRows(encodeRows(rows))).toEqual(rows);
      }),
    );
  });
});
