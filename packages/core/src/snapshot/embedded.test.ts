import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSnapshot } from "../price-book/check-snapshot";
import { PriceSnapshotSchema } from "../price-book/snapshot";
import { embeddedPriceBook } from "./embedded";

const raw: unknown = JSON.parse(readFileSync(new URL("./embedded-snapshot.json", import.meta.url), "utf8"));

describe("embedded snapshot (indexed without a zod pass at start-up)", () => {
  it("passes PriceSnapshotSchema and checkSnapshot, and parsing changes nothing, so skipping both at start-up loses nothing", () => {
    const parsed = PriceSnapshotSchema.parse(raw);
    expect(parsed).toStrictEqual(raw);
    expect(() => checkSnapshot(parsed)).not.toThrow();
  });

  it("the price book indexes every rate of the file", () => {
    const snapshot = raw as { id: string; rates: { region: string; usage: string }[] };
    const book = embeddedPriceBook();
    expect(book.id).toBe(snapshot.id);
    for (const rate of snapshot.rates) expect(book.rate(rate.region, rate.usage)?.usage).toBe(rate.usage);
  });
});
