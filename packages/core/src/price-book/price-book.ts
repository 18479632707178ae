import { coreError } from "../errors";
import { message } from "../messages/message";
import { ruleOf } from "../scenario/coded-rule";
import { valueAtPath, zodIssueMessage } from "../scenario/zod-issue-message";
import { checkSnapshot } from "./check-snapshot";
import { sha256Hex } from "./sha256";
import { PriceSnapshotSchema, type PriceSnapshot } from "./snapshot";
import type { InstanceSpec } from "./instance-spec";
import { GLOBAL_REGION, type Rate } from "./rate";

/** Read access to a snapshot's rates and instance catalog, indexed for O(1) look-ups. */
export type PriceBook = {
  readonly id: string;
  readonly asOf: string;
  readonly description: string;
  /**
   * SHA-256 (hex) of the snapshot's canonical JSON, when it was read from a file: the id is whatever
   * the file claims, the hash is what it contains. Undefined for the embedded snapshot.
   */
  readonly contentHash: string | undefined;
  /** Regions with at least one rate, sorted (not GLOBAL_REGION, whose rates hold everywhere). */
  readonly regions: readonly string[];
  rate(region: string, usage: string): Rate | undefined;
  /** All rates of a region (e.g. to list every priced instance type). */
  ratesIn(region: string): readonly Rate[];
  instance(instanceType: string): InstanceSpec | undefined;
  readonly instanceTypes: readonly InstanceSpec[];
  readonly snapshot: PriceSnapshot;
};

/** The short form of a content hash shown beside a snapshot id. @example shortHash("3f2a9c1b7d4e…") //=> "sha256:3f2a9c1b7d4e" */
export function shortHash(contentHash: string): string {
  return `sha256:${contentHash.slice(0, 12)}`;
}

/**
 * Builds a price book from a snapshot, validated first with zod (the field named) and then by
 * `checkSnapshot` (one rate per region+usage, the right unit, sane prices, required metadata), so a
 * bad file is one error naming the first offending rate, never a silently wrong number later.
 * `{ hash: true }` (files) computes the content hash shown beside the id.
 * @example createPriceBook(snapshot).rate("us-east-1", "eks/cluster-hours/standard")?.priceUsd //=> "0.10"
 */
export function createPriceBook(input: unknown, options: { hash?: boolean } = {}): PriceBook {
  const parsed = PriceSnapshotSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") ?? "";
    throw coreError(
      "INVALID_SNAPSHOT",
      issue ? (ruleOf(issue) ?? zodIssueMessage(issue, valueAtPath(input, issue.path))) : message("ERR_INVALID_SNAPSHOT"),
      {
        field,
      },
    );
  }
  checkSnapshot(parsed.data);
  return indexSnapshot(parsed.data, options);
}

/**
 * Indexes an already-checked snapshot (no zod pass, no checkSnapshot): for the embedded snapshot,
 * which both checks pass when it is built and bundled (scripts/build/embedded-snapshot-plugin.ts,
 * packages/core/src/snapshot/embedded.test.ts), not on every start.
 */
export function indexSnapshot(snapshot: PriceSnapshot, options: { hash?: boolean } = {}): PriceBook {
  const byKey = new Map<string, Rate>();
  const byRegion = new Map<string, Rate[]>();
  for (const rate of snapshot.rates) {
    byKey.set(`${rate.region}|${rate.usage}`, rate);
    const list = byRegion.get(rate.region) ?? [];
    list.push(rate);
    byRegion.set(rate.region, list);
  }
  const instances = new Map(snapshot.instanceTypes.map((spec) => [spec.instanceType, spec]));
  return {
    id: snapshot.id,
    asOf: snapshot.asOf,
    description: snapshot.description,
    contentHash: options.hash ? sha256Hex(JSON.stringify(snapshot)) : undefined,
    regions: [...byRegion.keys()].filter((region) => region !== GLOBAL_REGION).sort(),
    rate: (region, usage) => byKey.get(`${region}|${usage}`),
    ratesIn: (region) => byRegion.get(region) ?? [],
    instance: (instanceType) => instances.get(instanceType),
    instanceTypes: snapshot.instanceTypes,
    snapshot,
  };
}
