import { describe, expect, it } from "vitest";
import { embeddedPriceBook } from "../snapshot/embedded";
import { createPriceBook, shortHash } from "./price-book";
import type { PriceSnapshot } from "./snapshot";

const embedded = embeddedPriceBook().snapshot;
const indexOf = (usage: string, region = "us-east-1") => embedded.rates.findIndex((r) => r.region === region && r.usage === usage);
const VCPU = "fargate/on-demand/linux-x86/vcpu-hours";
const vcpuAt = indexOf(VCPU);
/** The embedded snapshot with one change, so each case is about one rule only. */
function changed(edit: (copy: PriceSnapshot) => void): PriceSnapshot {
  const copy = structuredClone(embedded) as PriceSnapshot;
  edit(copy);
  return copy;
}
const withRate = (patch: Record<string, unknown>) => changed((s) => Object.assign(s.rates[vcpuAt] as object, patch));

describe("checkSnapshot (through createPriceBook): the first offending rate, by index, region and usage", () => {
  it("the embedded snapshot passes every check (it is also checked when it is built)", () => {
    expect(() => createPriceBook(embedded)).not.toThrow();
  });

  it.each([
    {
      label: "a duplicated rate at another price (issue 17: last one won, $219,000/month)",
      snapshot: changed((s) => s.rates.push({ ...(s.rates[vcpuAt] as PriceSnapshot["rates"][number]), priceUsd: "300" })),
      message: `[core] INVALID_SNAPSHOT: rates[${embedded.rates.length}] (us-east-1 ${VCPU}): a second rate for this region and usage (first: rates[${vcpuAt}]) at another price (300 vs 0.04048) — one rate per region and usage (field: rates[${embedded.rates.length}])`,
    },
    {
      label: "a vCPU rate with unit GB-month (Fargate bills vCPU per vCPU-hour)",
      snapshot: withRate({ unit: "GB-month" }),
      message: `[core] INVALID_SNAPSHOT: rates[${vcpuAt}] (us-east-1 ${VCPU}): unit "GB-month" is wrong for this usage, which is billed per vCPU-hour (field: rates[${vcpuAt}].unit)`,
    },
    {
      label: "a zero Fargate rate (printed 'NaN % discount')",
      snapshot: withRate({ priceUsd: "0.0000" }),
      message: `[core] INVALID_SNAPSHOT: rates[${vcpuAt}] (us-east-1 ${VCPU}): price 0.0000 USD is not positive (field: rates[${vcpuAt}].priceUsd)`,
    },
    {
      label: "a 400-digit price (above $10 per vCPU-hour: 100× Fargate's dearest)",
      snapshot: withRate({ priceUsd: "9".repeat(400) }),
      message: `[core] INVALID_SNAPSHOT: rates[${vcpuAt}] (us-east-1 ${VCPU}): price ${"9".repeat(40)} USD per vCPU-hour is above the sane maximum of 10 (field: rates[${vcpuAt}].priceUsd)`,
    },
    {
      label: "a price with 400 decimal places",
      snapshot: withRate({ priceUsd: `0.04${"1".repeat(398)}` }),
      message: `[core] INVALID_SNAPSHOT: rates[${vcpuAt}] (us-east-1 ${VCPU}): price has 400 decimal places (at most 12) (field: rates[${vcpuAt}].priceUsd)`,
    },
    {
      label: "an m5.large at $6,000/hour (above the $5,000 instance-hour cap; the dearest EC2 type is ≈ $408)",
      snapshot: changed((s) => Object.assign(s.rates[indexOf("ec2/on-demand/linux/m5.large")] as object, { priceUsd: "6000" })),
      message: `[core] INVALID_SNAPSHOT: rates[${indexOf("ec2/on-demand/linux/m5.large")}] (us-east-1 ec2/on-demand/linux/m5.large): price 6000 USD per instance-hour is above the sane maximum of 5000 (field: rates[${indexOf("ec2/on-demand/linux/m5.large")}].priceUsd)`,
    },
    {
      label: "a rate citing a source the snapshot does not describe",
      snapshot: withRate({ sourceId: "S2;S99" }),
      message: `[core] INVALID_SNAPSHOT: rates[${vcpuAt}] (us-east-1 ${VCPU}): cites source "S99", which the snapshot's sources do not describe (field: rates[${vcpuAt}].sourceId)`,
    },
    {
      label: "an id with a terminal escape (the id is printed in every header)",
      snapshot: changed((s) => {
        s.id = "aws\u001b[31m-official";
      }),
      message: '[core] INVALID_SNAPSHOT: snapshot id "aws\u001b[31m-official" must be 1–120 letters, digits and . _ : + - (field: id)',
    },
    {
      label: "no rates at all",
      snapshot: changed((s) => {
        s.rates = [];
      }),
      message: "[core] INVALID_SNAPSHOT: the snapshot has no rates (field: rates)",
    },
    {
      label: "an instance type listed twice",
      snapshot: changed((s) => s.instanceTypes.push(s.instanceTypes[0] as PriceSnapshot["instanceTypes"][number])),
      message: `[core] INVALID_SNAPSHOT: instanceTypes[${embedded.instanceTypes.length}] (${embedded.instanceTypes[0]?.instanceType}): listed twice (field: instanceTypes[${embedded.instanceTypes.length}])`,
    },
    {
      label: "memory of 1e308 GiB (printed 'Infinity GB')",
      snapshot: changed((s) => {
        (s.instanceTypes[0] as { memoryGib: string }).memoryGib = `1${"0".repeat(308)}`;
      }),
      message: `[core] INVALID_SNAPSHOT: instanceTypes[0] (${embedded.instanceTypes[0]?.instanceType}): memory 1${"0".repeat(39)} GiB is outside (0, 131072] (field: instanceTypes[0].memoryGib)`,
    },
  ])("$label", ({ snapshot, message }) => {
    expect(() => createPriceBook(snapshot)).toThrow(message);
  });
});

describe("content hash", () => {
  it("is computed for files only, changes with any price and not with key order or whitespace", () => {
    expect(embeddedPriceBook().contentHash).toBeUndefined();
    const hash = createPriceBook(embedded, { hash: true }).contentHash as string;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(createPriceBook(JSON.parse(JSON.stringify(embedded, null, 3)), { hash: true }).contentHash).toBe(hash);
    const reordered = Object.fromEntries(Object.entries(embedded).reverse()); // the hash is of the parsed (schema-ordered) snapshot
    expect(createPriceBook(reordered, { hash: true }).contentHash).toBe(hash);
    expect(createPriceBook(withRate({ priceUsd: "0.04049" }), { hash: true }).contentHash).not.toBe(hash);
    expect(shortHash(hash)).toBe(`sha256:${hash.slice(0, 12)}`);
  });
});

describe("snapshot errors are codes with parameters (issue 12 item 5): faces word them, the English above is unchanged", () => {
  const detailOf = (snapshot: PriceSnapshot) => {
    try {
      createPriceBook(snapshot);
    } catch (error) {
      return (error as { detail: unknown }).detail;
    }
    return undefined;
  };

  it("a duplicated rate at another price names both indexes and both prices (300 vs the embedded 0.04048)", () => {
    const snapshot = changed((s) => s.rates.push({ ...(s.rates[vcpuAt] as PriceSnapshot["rates"][number]), priceUsd: "300" }));
    expect(detailOf(snapshot)).toEqual({
      code: "ERR_SNAPSHOT_DUPLICATE_RATE_OTHER_PRICE",
      params: {
        index: embedded.rates.length,
        region: "us-east-1",
        usage: VCPU,
        firstIndex: vcpuAt,
        priceUsd: "300",
        firstPriceUsd: "0.04048",
      },
    });
  });

  it("a snapshot without rates is ERR_SNAPSHOT_NO_RATES (no parameters: the sentence needs none)", () => {
    expect(detailOf(changed((s) => s.rates.splice(0)))).toEqual({ code: "ERR_SNAPSHOT_NO_RATES", params: {} });
  });
});
