/**
 * Price snapshot errors as codes (price-book/check-snapshot.ts, the pricing package's snapshot file reader): the
 * first offending rate (`index`, `region`, `usage`) or instance type (`field`, `instanceType`) and the rule broken.
 * The English is the CLI's one-line error text, kept as it was.
 */
export const SNAPSHOT_ERROR_TEMPLATES = {
  ERR_SNAPSHOT_RATE_UNIT: 'rates[{index}] ({region} {usage}): unit "{unit}" is wrong for this usage, which is billed per {requiredUnit}',
  ERR_SNAPSHOT_PRICE_NOT_POSITIVE: "rates[{index}] ({region} {usage}): price {priceUsd} USD is not positive",
  ERR_SNAPSHOT_PRICE_ABOVE_MAX: "rates[{index}] ({region} {usage}): price {priceUsd} USD per {unit} is above the sane maximum of {max}",
  ERR_SNAPSHOT_PRICE_DECIMALS: "rates[{index}] ({region} {usage}): price has {decimals} decimal places (at most {max})",
  ERR_SNAPSHOT_UNKNOWN_SOURCE:
    'rates[{index}] ({region} {usage}): cites source "{sourceId}", which the snapshot\'s sources do not describe',
  ERR_SNAPSHOT_RATE_CONTROL_CHARS: "rates[{index}] ({region} {usage}): contains control characters",
  ERR_SNAPSHOT_DUPLICATE_RATE_SAME_PRICE:
    "rates[{index}] ({region} {usage}): a second rate for this region and usage (first: rates[{firstIndex}]) at the same price — one rate per region and usage",
  ERR_SNAPSHOT_DUPLICATE_RATE_OTHER_PRICE:
    "rates[{index}] ({region} {usage}): a second rate for this region and usage (first: rates[{firstIndex}]) at another price ({priceUsd} vs {firstPriceUsd}) — one rate per region and usage",
  ERR_SNAPSHOT_ID: 'snapshot id "{id}" must be 1–120 letters, digits and . _ : + -',
  ERR_SNAPSHOT_CREATED_AT: 'createdAt "{createdAt}" is not a timestamp',
  ERR_SNAPSHOT_DESCRIPTION_CONTROL_CHARS: "the description contains control characters",
  ERR_SNAPSHOT_NO_RATES: "the snapshot has no rates",
  ERR_SNAPSHOT_TOO_MANY_RATES: "{count} rates (at most {max})",
  ERR_SNAPSHOT_TOO_MANY_INSTANCE_TYPES: "{count} instance types (at most {max})",
  ERR_SNAPSHOT_INSTANCE_TWICE: "{field} ({instanceType}): listed twice",
  ERR_SNAPSHOT_INSTANCE_VCPU: "{field} ({instanceType}): {vcpu} vCPUs (at most {max})",
  ERR_SNAPSHOT_INSTANCE_MEMORY: "{field} ({instanceType}): memory {memoryGib} GiB is outside (0, {max}]",
  // the snapshot file (pricing/snapshot/load-snapshot-file.ts); {reason} is the system's own text (file system, JSON parser)
  ERR_SNAPSHOT_FILE_MISSING: "cannot read price snapshot {path}: no such file",
  ERR_SNAPSHOT_FILE_TOO_LARGE: "cannot read price snapshot {path}: {bytes} bytes is larger than the {maxMib} MiB limit",
  ERR_SNAPSHOT_FILE_UNREADABLE: "cannot read price snapshot {path}: {reason}",
  ERR_SNAPSHOT_FILE_NOT_JSON: "{path} is not valid JSON: {reason}",
  ERR_SNAPSHOT_FILE_INVALID: "{path} is not a price snapshot: {problem:message}",
  ERR_SNAPSHOT_FILE_INVALID_FIELD: "{path} is not a price snapshot: {problem:message} (field: {problemField})",
} as const satisfies Record<string, string>;
