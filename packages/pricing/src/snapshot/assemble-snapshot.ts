import {
  checkSnapshot,
  coreError,
  isCoreError,
  PriceSnapshotSchema,
  type InstanceSpec,
  type PriceSnapshot,
  type Rate,
  message,
} from "@repo/core";

export type SnapshotParts = {
  rates: readonly Rate[];
  instanceTypes: readonly InstanceSpec[];
  sources: PriceSnapshot["sources"];
  /** When the refresh ran (injected clock, ISO timestamp). */
  createdAt: string;
  description: string;
  /** Prefix of the snapshot id, e.g. "aws-price-list-api". */
  idPrefix: string;
};

/**
 * A validated snapshot in the core's format. `asOf` is the newest rate date (the "prices as of"
 * a reviewer sees); `id` names the source and the refresh time, so two refreshes never share an id.
 * @example assembleSnapshot({ …, createdAt: "2026-11-23T16:30:00.000Z", idPrefix: "aws-price-list-api" }).id
 * //=> "aws-price-list-api-2026-11-23T16-30-00Z"
 */
export function assembleSnapshot(parts: SnapshotParts): PriceSnapshot {
  const dates = parts.rates
    .map((r) => r.asOf)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  const asOf = dates.at(-1);
  if (!asOf) throw coreError("MALFORMED_PRICE_DATA", message("ERR_REFRESH_NO_DATED_RATES"));
  const stamp = parts.createdAt.replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
  const snapshot = PriceSnapshotSchema.parse({
    schemaVersion: 1,
    id: `${parts.idPrefix}-${stamp}`,
    asOf,
    createdAt: parts.createdAt,
    description: parts.description,
    sources: parts.sources,
    rates: parts.rates,
    instanceTypes: parts.instanceTypes,
  });
  try {
    checkSnapshot(snapshot);
  } catch (error) {
    // AWS data that would make an unusable price file (a zero or absurd price, a wrong unit): refuse it
    if (isCoreError(error))
      throw coreError(
        "MALFORMED_PRICE_DATA",
        error.field
          ? message("ERR_REFRESH_FAILS_CHECKS_FIELD", { ...error.detail.params, problem: error.detail.code, problemField: error.field })
          : message("ERR_REFRESH_FAILS_CHECKS", { ...error.detail.params, problem: error.detail.code }),
      );
    throw error;
  }
  return snapshot;
}
