import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { partsPriceBook } from "./parts-price-book";
import { indexSnapshot } from "./price-book";
import { splitSnapshot, type SnapshotParts } from "./snapshot-parts";
import type { PriceSnapshot } from "./snapshot";

// The file itself (not embeddedPriceBook(), which is built on partsPriceBook): the reference is indexSnapshot of the whole.
const whole = JSON.parse(readFileSync(new URL("../snapshot/embedded-snapshot.json", import.meta.url), "utf8")) as PriceSnapshot;
const { meta, rates } = splitSnapshot(whole);

/** The parts of the embedded snapshot, recording which regions were read. */
function recordingParts(): { parts: SnapshotParts; read: string[] } {
  const read: string[] = [];
  const parts: SnapshotParts = {
    meta: () => meta,
    rates: (region) => {
      read.push(region);
      return rates.get(region) ?? [];
    },
  };
  return { parts, read };
}

describe("partsPriceBook: the same answers as indexSnapshot of the whole snapshot, reading a region only when asked", () => {
  const reference = indexSnapshot(whole);

  it("every rate of the file, by region and usage, is the same rate object (2326 rates in 18 regions incl. global)", () => {
    const book = partsPriceBook(recordingParts().parts);
    expect(whole.rates.length).toBe(2326);
    for (const rate of whole.rates) expect(book.rate(rate.region, rate.usage)).toBe(reference.rate(rate.region, rate.usage));
    expect(meta.rateRegions.length).toBe(18);
  });

  it("regions, id, as-of, instance types and each region's list match; an unknown region is empty and reads no file", () => {
    const { parts, read } = recordingParts();
    const book = partsPriceBook(parts);
    expect(book.regions).toEqual(reference.regions);
    expect([book.id, book.asOf, book.description]).toEqual([reference.id, reference.asOf, reference.description]);
    expect(book.instanceTypes).toEqual(reference.instanceTypes);
    expect(book.instance("m7g.large")).toEqual(reference.instance("m7g.large"));
    expect(book.instance("m7g.large")?.vcpu).toBe(2); // m7g.large: 2 vCPU, 8 GiB (AWS instance types page)
    expect(book.ratesIn("../../etc/passwd")).toEqual([]);
    expect(book.rate("mars-north-1", "fargate/on-demand/linux-x86/vcpu-hours")).toBeUndefined();
    expect(read).toEqual([]);
    for (const region of meta.rateRegions) expect(book.ratesIn(region)).toEqual(reference.ratesIn(region));
  });

  it("a us-east-1 rate reads us-east-1 only, once (an estimate there never reads the other 17 regions)", () => {
    const { parts, read } = recordingParts();
    const book = partsPriceBook(parts);
    expect(book.rate("us-east-1", "fargate/on-demand/linux-x86/vcpu-hours")?.priceUsd).toBe("0.04048");
    book.rate("us-east-1", "fargate/on-demand/linux-x86/gb-hours");
    expect(read).toEqual(["us-east-1"]);
  });

  it("snapshot joins the parts back into the file: the same JSON, key order included (prices show, faults harness)", () => {
    const book = partsPriceBook(recordingParts().parts);
    expect(JSON.stringify(book.snapshot)).toBe(JSON.stringify(whole));
  });
});

describe("splitSnapshot", () => {
  it("refuses rates of a region that are not contiguous (the parts could not be joined in the file's order)", () => {
    const [first, second] = whole.rates.filter((r) => r.region === "us-east-1");
    const other = whole.rates.find((r) => r.region === "eu-west-1");
    const shuffled = { ...whole, rates: [first, other, second] } as PriceSnapshot;
    expect(() => splitSnapshot(shuffled)).toThrow("the rates of us-east-1 are not contiguous in snapshot embedded-2026-10-02");
  });
});
