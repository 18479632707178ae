import { describe, expect, it } from "vitest";
import { ec2PriceModel } from "../purchase/ec2-price-model";
import { Ec2PurchaseSchema } from "../purchase/purchase-schema";
import { Ec2Schema, InstanceSelectionSchema } from "../scenario/ec2-schema";
import { embeddedPriceBook } from "../snapshot/embedded";
import { capacitySettings } from "./capacity-settings";
import { cheapestFit } from "./cheapest-fit";
import { cheapestFitMemo } from "./cheapest-fit-memo";
import { pricedInstanceTypes } from "./instance-price-table";
import type { TaskGroup } from "./pack-tasks";

const book = embeddedPriceBook();
const extras = { rootVolumeGib: 30, rootVolumeType: "gp3" as const, publicIpv4PerNode: 0 };
const table = pricedInstanceTypes(book, "us-east-1", "linux", ec2PriceModel(Ec2PurchaseSchema.parse({})), "on-demand", extras);
const selection = InstanceSelectionSchema.parse({ families: ["m5", "c5"] });
const ecs = capacitySettings(Ec2Schema.parse({}), "ecs");
const one = { minNodes: 1, availabilityZones: 1 };

describe("cheapestFitMemo: the same answer as cheapestFit, searched once per distinct input", () => {
  it("a repeated group returns the very same result; another count is searched anew and matches the unmemoised search", () => {
    const six: TaskGroup[] = [{ name: "web", cpuMillicores: 500, memoryBytes: 2 ** 30, count: 6 }];
    const first = cheapestFitMemo(six, table, "x86_64", selection, ecs, one);
    expect(cheapestFitMemo([{ ...six[0]! }], table, "x86_64", selection, ecs, one)).toBe(first);
    const direct = cheapestFit(six, table, "x86_64", selection, ecs, one);
    expect(first.ranked.map((r) => `${r.nodeCount}×${r.priced.spec.instanceType}`)).toEqual(
      direct.ranked.map((r) => `${r.nodeCount}×${r.priced.spec.instanceType}`),
    );
    const seven = cheapestFitMemo([{ ...six[0]!, count: 7 }], table, "x86_64", selection, ecs, one);
    expect(seven).not.toBe(first);
    expect(seven.ranked[0]?.nodeCount).toBe(
      cheapestFit([{ ...six[0]!, count: 7 }], table, "x86_64", selection, ecs, one).ranked[0]?.nodeCount,
    );
  });
});

describe("cheapestFitMemo: keyed by shapes and counts, not by service names", () => {
  it("batch services of one shape and count share one search; the answer equals each one's own search", () => {
    const a: TaskGroup[] = [{ name: "nightly-a", cpuMillicores: 1000, memoryBytes: 2 * 2 ** 30, count: 5 }];
    const b: TaskGroup[] = [{ name: "nightly-b", cpuMillicores: 1000, memoryBytes: 2 * 2 ** 30, count: 5 }];
    const first = cheapestFitMemo(a, table, "x86_64", selection, ecs, one);
    expect(cheapestFitMemo(b, table, "x86_64", selection, ecs, one)).toBe(first);
    const direct = cheapestFit(b, table, "x86_64", selection, ecs, one);
    expect(first.ranked.map((r) => `${r.nodeCount}×${r.priced.spec.instanceType}`)).toEqual(
      direct.ranked.map((r) => `${r.nodeCount}×${r.priced.spec.instanceType}`),
    );
  });

  it("the same shapes listed in another order and split over other services: the same search", () => {
    const mixed: TaskGroup[] = [
      { name: "x", cpuMillicores: 500, memoryBytes: 2 ** 30, count: 2 },
      { name: "y", cpuMillicores: 2000, memoryBytes: 4 * 2 ** 30, count: 1 },
      { name: "z", cpuMillicores: 500, memoryBytes: 2 ** 30, count: 3 },
    ];
    const regrouped: TaskGroup[] = [
      { name: "q", cpuMillicores: 2000, memoryBytes: 4 * 2 ** 30, count: 1 },
      { name: "p", cpuMillicores: 500, memoryBytes: 2 ** 30, count: 5 },
    ];
    const first = cheapestFitMemo(mixed, table, "x86_64", selection, ecs, one);
    expect(cheapestFitMemo(regrouped, table, "x86_64", selection, ecs, one)).toBe(first);
    expect(first.ranked[0]?.nodeCount).toBe(cheapestFit(regrouped, table, "x86_64", selection, ecs, one).ranked[0]?.nodeCount);
  });
});
