/**
 * Price refresh errors as codes (packages/pricing: refresh/, snapshot/, faults/, sources/, price-list/).
 * `{what}` / `{where}` / `{url}` / `{path}` name the request or file; `{detail}` / `{reason}` are the
 * system's own text (SDK, network, JSON parser), shown as they are. English: the CLI's line, kept as it was.
 */
export const PRICING_ERROR_TEMPLATES = {
  ERR_REFRESH_REGION_CODES: "not an AWS region code (such as us-east-1): {regions}",
  ERR_REFRESH_NO_REGIONS: "not an AWS region code (such as us-east-1): (none given)",
  ERR_REFRESH_NO_PRODUCTS: 'AWS returned no products for region "{region}"',
  ERR_REFRESH_NO_OFFERS: 'no AWS price list offers for region "{region}"',
  ERR_REFRESH_NO_DATED_RATES: "the refresh produced no dated rates; nothing to write",
  ERR_REFRESH_FAILS_CHECKS: "the refreshed prices fail the price-file checks: {problem:message}",
  ERR_REFRESH_FAILS_CHECKS_FIELD: "the refreshed prices fail the price-file checks: {problem:message} (field: {problemField})",
  ERR_REFRESH_DEADLINE: "the refresh did not finish within {seconds} s (overall deadline) — the price source is too slow or not answering",
  ERR_SNAPSHOT_WRITE: "cannot write {path}: {reason}; the previous file is unchanged",
  ERR_RESPONSE_TOO_LARGE: "{what}: the response is larger than {limit} (limit) — refusing to read further",
  ERR_PAGINATION_PAGES: "{where}: more than {maxPages} pages — stopped (pagination guard)",
  ERR_PAGINATION_LOOP: '{where}: NextToken "{token}" was already used — the pages loop; stopped (pagination guard)',
  ERR_PRICE_LIST_NOT_ARRAY: "{where}: PriceList is not an array",
  ERR_PRICE_LIST_ELEMENT_NOT_JSON: "{where}: a PriceList element is not valid JSON ({reason})",
  ERR_PRICE_DATA_SHAPE: "{where}: {problem:message}",
  ERR_PRICE_DATA_INVALID: "{where}: invalid",
  ERR_HTTP_NOT_FOUND: "{url} does not exist (HTTP 404)",
  ERR_HTTP_EMPTY_BODY: "{url}: empty response body",
  ERR_REGION_INDEX_NOT_JSON: "region index {url} is not valid JSON ({reason})",
  ERR_SPOT_FEED_NOT_JSON: "Fargate Spot feed {url} is not valid JSON ({reason})",
  ERR_OFFER_FILE_NOT_JSON: "{where}: {reason}",
  ERR_OFFER_NO_PUBLICATION_DATE: "{where}: no publicationDate",
  // a failed request after retries (faults/classify-error.ts): {attempts} when it was retried
  ERR_SOURCE_AUTH:
    "{what}: no usable AWS credentials ({detail}). The API source reads the SDK default chain (AWS_PROFILE / AWS_ACCESS_KEY_ID, ~/.aws, SSO, instance role) and needs pricing:GetProducts; use --source offer-files to refresh without credentials",
  ERR_SOURCE_THROTTLED: "{what}: AWS kept throttling ({detail}); try again later",
  ERR_SOURCE_THROTTLED_RETRIED: "{what}: AWS kept throttling after {attempts} attempts ({detail}); try again later",
  ERR_SOURCE_OFFLINE: "{what}: cannot reach the price source — no network? ({detail})",
  ERR_SOURCE_FAILING: "{what}: the price source kept failing ({detail})",
  ERR_SOURCE_FAILING_RETRIED: "{what}: the price source kept failing after {attempts} attempts ({detail})",
  ERR_SOURCE_FAILED: "{what}: {detail}",
} as const satisfies Record<string, string>;
