import { coreError } from "@repo/core";

/** The subset of `fetch` we use; injectable so tests replay recorded or generated files. */
export type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

/** An HTTP status failure, shaped like an SDK error so `classifyFailure` treats 429/5xx as retriable. */
export class HttpStatusError extends Error {
  override name = "HttpStatusError";
  readonly $metadata: { httpStatusCode: number };
  constructor(url: string, status: number) {
    super(`HTTP ${status} from ${url}`);
    this.$metadata = { httpStatusCode: status };
  }
}

/**
 * GET with a status check. 429/5xx → HttpStatusError (retried by the caller); 404 → a
 * MALFORMED_PRICE_DATA error (the index pointed at a file that does not exist).
 */
export async function httpGet(fetchFn: FetchLike, url: string): Promise<Response> {
  const response = await fetchFn(url);
  if (response.status === 404) throw coreError("MALFORMED_PRICE_DATA", `${url} does not exist (HTTP 404)`);
  if (!response.ok) throw new HttpStatusError(url, response.status);
  return response;
}

/** The body as an async iterable of byte chunks (Node's web ReadableStream is async-iterable). */
export function bodyChunks(response: Response, url: string): AsyncIterable<Uint8Array> {
  if (!response.body) throw coreError("MALFORMED_PRICE_DATA", `${url}: empty response body`);
  return response.body as unknown as AsyncIterable<Uint8Array>;
}
