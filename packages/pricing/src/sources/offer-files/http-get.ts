import { coreError, message } from "@repo/core";
import { bodyTooLargeError, raceSignal, RequestTimeoutError, type RefreshLimits } from "../../faults/refresh-limits";

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

export type GetOptions = {
  limits: Pick<RefreshLimits, "connectTimeoutMs" | "readTimeoutMs">;
  /** Largest body accepted (the Content-Length is checked first, then the bytes actually read). */
  maxBytes: number;
  /** The refresh's overall deadline: aborting it ends this request at once. */
  signal?: AbortSignal;
};

/** A response whose body can be read once, as guarded chunks or as text. */
export type GuardedResponse = {
  readonly headers: Headers;
  chunks(): AsyncIterable<Uint8Array>;
  text(): Promise<string>;
};

/**
 * GET with a status check and every read bounded: no response headers within `connectTimeoutMs`,
 * or a body quiet for `readTimeoutMs`, is a RequestTimeoutError (retried by the caller); a body
 * over `maxBytes` is a MALFORMED_PRICE_DATA error; the `signal` (overall deadline) aborts at once.
 * 429/5xx → HttpStatusError (retried); 404 → MALFORMED_PRICE_DATA (the index pointed at no file).
 * Each guard also rejects on its own, so a `fetch` that ignores its AbortSignal cannot hang us.
 */
export async function httpGet(fetchFn: FetchLike, url: string, options: GetOptions): Promise<GuardedResponse> {
  const controller = new AbortController();
  const onParent = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onParent();
  options.signal?.addEventListener("abort", onParent, { once: true });
  const release = () => options.signal?.removeEventListener("abort", onParent);
  const { connectTimeoutMs, readTimeoutMs } = options.limits;
  const connectTimer = setTimeout(() => controller.abort(new RequestTimeoutError(url, "response", connectTimeoutMs)), connectTimeoutMs);
  let response: Response;
  try {
    response = await raceSignal(fetchFn(url, { signal: controller.signal }), controller.signal);
  } catch (error) {
    release();
    throw error;
  } finally {
    clearTimeout(connectTimer);
  }
  const fail = (error: Error): never => {
    void response.body?.cancel().catch(() => undefined);
    release();
    controller.abort(error);
    throw error;
  };
  if (response.status === 404) fail(coreError("MALFORMED_PRICE_DATA", message("ERR_HTTP_NOT_FOUND", { url })));
  if (!response.ok) fail(new HttpStatusError(url, response.status));
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > options.maxBytes) fail(bodyTooLargeError(url, options.maxBytes));
  if (!response.body) fail(coreError("MALFORMED_PRICE_DATA", message("ERR_HTTP_EMPTY_BODY", { url })));
  const body = response.body as ReadableStream<Uint8Array>;

  async function* chunks(): AsyncGenerator<Uint8Array> {
    const reader = body.getReader();
    let bytes = 0;
    let done = false;
    try {
      while (!done) {
        const idle = setTimeout(() => controller.abort(new RequestTimeoutError(url, "body", readTimeoutMs)), readTimeoutMs);
        let next: Awaited<ReturnType<typeof reader.read>>;
        try {
          next = await raceSignal(reader.read(), controller.signal);
        } finally {
          clearTimeout(idle);
        }
        done = next.done;
        if (next.value) {
          bytes += next.value.byteLength;
          if (bytes > options.maxBytes) throw bodyTooLargeError(url, options.maxBytes);
          yield next.value;
        }
      }
    } finally {
      release();
      if (!done) {
        controller.abort(new Error("body no longer read"));
        void reader.cancel().catch(() => undefined);
      }
    }
  }

  return {
    headers: response.headers,
    chunks,
    async text() {
      const parts: Uint8Array[] = [];
      for await (const chunk of chunks()) parts.push(chunk);
      return Buffer.concat(parts).toString("utf8");
    },
  };
}
