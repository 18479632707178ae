import { createWriteStream } from "node:fs";
import { once } from "node:events";

/**
 * Generates an EC2-like Price List offer file of roughly `targetBytes`, for the streaming parser's
 * tests and benchmark. Layout as AWS writes it (header, `products`, `terms.OnDemand`,
 * `terms.Reserved`), pretty-printed like the real files. Each instance type gets 36 SKUs (OS ×
 * tenancy × pre-installed software × capacity status) of which exactly one is Linux/Shared/NA/Used,
 * plus 6 Reserved offers per SKU — so almost all bytes must be skipped, as in the real file.
 *
 * The one selected SKU of type number `i` costs `priceOfType(i)` per hour; tests recompute it.
 */
export type GeneratedOfferOptions = { targetBytes: number; region: string; publicationDate?: string };

const OS = ["Linux", "Windows", "RHEL"] as const;
const TENANCY = ["Shared", "Dedicated", "Host"] as const;
const SOFTWARE = ["NA", "SQL Std"] as const;
const CAPACITY = ["Used", "UnusedCapacityReservation"] as const;

/** Type i is named `g<i>x.large`; Graviton for odd i. */
export const typeName = (i: number) => `g${i}x.large`;
/** $0.0100 + $0.0001 × i per hour, as a 10-decimal string: type 7 → "0.0107000000". */
export function priceOfType(i: number): string {
  const tenThousandths = 100 + i;
  return `${Math.floor(tenThousandths / 10000)}.${String(tenThousandths % 10000).padStart(4, "0")}000000`;
}

function variants(i: number) {
  const out: { sku: string; os: string; tenancy: string; sw: string; cap: string; selected: boolean }[] = [];
  for (const os of OS)
    for (const tenancy of TENANCY)
      for (const sw of SOFTWARE)
        for (const cap of CAPACITY) {
          const selected = os === "Linux" && tenancy === "Shared" && sw === "NA" && cap === "Used";
          out.push({ sku: `SKU${i}N${out.length}`, os, tenancy, sw, cap, selected });
        }
  return out;
}

function product(i: number, v: ReturnType<typeof variants>[number], region: string): string {
  const arm = i % 2 === 1;
  const attributes = {
    instanceType: typeName(i),
    vcpu: "2",
    memory: "8 GiB",
    physicalProcessor: arm ? "AWS Graviton3 Processor" : "Intel Xeon Platinum 8375C",
    operatingSystem: v.os,
    tenancy: v.tenancy,
    preInstalledSw: v.sw,
    capacitystatus: v.cap,
    regionCode: region,
    locationType: "AWS Region",
    usagetype: `USE1-${v.tenancy === "Shared" ? "BoxUsage" : "DedicatedUsage"}:${typeName(i)}`,
    operation: v.os === "Linux" ? "RunInstances" : "RunInstances:0002",
    licenseModel: "No License required",
    servicecode: "AmazonEC2",
    storage: "EBS only",
    networkPerformance: "Up to 12500 Megabit",
  };
  return `    "${v.sku}" : ${JSON.stringify({ sku: v.sku, productFamily: "Compute Instance", attributes }, null, 2).replace(/\n/g, "\n    ")}`;
}

function term(sku: string, code: string, price: string, unit = "Hrs"): string {
  const t = {
    [`${sku}.${code}`]: {
      offerTermCode: code,
      sku,
      effectiveDate: "2026-09-01T00:00:00Z",
      priceDimensions: {
        [`${sku}.${code}.6YS6EN2CT7`]: {
          rateCode: `${sku}.${code}.6YS6EN2CT7`,
          description: `$${price} per hour`,
          beginRange: "0",
          endRange: "Inf",
          unit,
          pricePerUnit: { USD: price },
          appliesTo: [],
        },
      },
      termAttributes: {},
    },
  };
  return `      "${sku}" : ${JSON.stringify(t, null, 2).replace(/\n/g, "\n      ")}`;
}

/** Yields the file in pieces (a few KB each), so any size can be produced with bounded memory. */
export function* generateOfferText(options: GeneratedOfferOptions & { typeCount: number }): Generator<string> {
  const { region, typeCount } = options;
  yield `{\n  "formatVersion" : "v1.0",\n  "offerCode" : "AmazonEC2",\n  "version" : "20260909004605",\n  "publicationDate" : "${options.publicationDate ?? "2026-09-09T00:46:05Z"}",\n  "products" : {\n`;
  for (let i = 0; i < typeCount; i++) {
    yield variants(i)
      .map((v) => product(i, v, region))
      .join(",\n") + (i < typeCount - 1 ? ",\n" : "\n");
  }
  yield `  },\n  "terms" : {\n    "OnDemand" : {\n`;
  for (let i = 0; i < typeCount; i++) {
    yield variants(i)
      .map((v) => term(v.sku, "JRTCKXETXF", v.selected ? priceOfType(i) : "0.5000000000"))
      .join(",\n") + (i < typeCount - 1 ? ",\n" : "\n");
  }
  yield `    },\n    "Reserved" : {\n`;
  for (let i = 0; i < typeCount; i++) {
    const reserved = variants(i).flatMap((v) =>
      ["4NA7Y494T4", "6QCMYABX3D", "HU7G6KETJZ"].map((code) => term(v.sku, code, "0.0300000000", "Quantity")),
    );
    yield reserved.join(",\n") + (i < typeCount - 1 ? ",\n" : "\n");
  }
  yield `    }\n  },\n  "attributesList" : { }\n}\n`;
}

/** Bytes one instance type adds (all its products and terms), measured on type 0. */
function bytesPerType(region: string): number {
  return [...generateOfferText({ targetBytes: 0, region, typeCount: 1 })].reduce((n, s) => n + Buffer.byteLength(s), 0);
}

/** Writes a generated offer file; returns how many types it holds and its size. */
export async function writeGeneratedOffer(path: string, options: GeneratedOfferOptions): Promise<{ typeCount: number; bytes: number }> {
  const typeCount = Math.max(1, Math.round(options.targetBytes / bytesPerType(options.region)));
  const out = createWriteStream(path);
  let bytes = 0;
  for (const piece of generateOfferText({ ...options, typeCount })) {
    bytes += Buffer.byteLength(piece);
    if (!out.write(piece)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { typeCount, bytes };
}
