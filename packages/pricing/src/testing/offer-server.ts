import { createReadStream, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import type { FetchLike } from "../sources/offer-files/http-get";

/** What a fake offer host serves per URL: a file (streamed), a JSON value, or a failure. */
export type Served =
  | { file: string; chunkBytes?: number; truncateAt?: number; breakAt?: number }
  | { json: unknown; headers?: Record<string, string> }
  | { status: number };

/**
 * A `fetch` replacement for tests: serves recorded or generated files as real `Response` streams,
 * optionally cut short (truncateAt: the body ends early, cleanly) or broken (breakAt: the stream
 * errors with ECONNRESET, as a dropped connection does). Each URL can list a sequence of answers,
 * one per request (the last repeats), to script retries.
 */
export function fakeFetch(routes: Record<string, Served | Served[]>): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const counts = new Map<string, number>();
  const fn = async (url: string) => {
    calls.push(url);
    const route = routes[url];
    if (!route) return new Response("not found", { status: 404 });
    const list = Array.isArray(route) ? route : [route];
    const n = counts.get(url) ?? 0;
    counts.set(url, n + 1);
    const served = list[Math.min(n, list.length - 1)] as Served;
    if ("status" in served) return new Response("error", { status: served.status });
    if ("json" in served) return new Response(JSON.stringify(served.json), { status: 200, headers: served.headers ?? {} });
    const size = readFileSync(served.file).length;
    const end = served.truncateAt ?? size;
    const stream = createReadStream(served.file, { highWaterMark: served.chunkBytes ?? 64 * 1024, end: end - 1 });
    const body = served.breakAt === undefined ? stream : breakAfter(stream, served.breakAt);
    return new Response(Readable.toWeb(body) as ReadableStream, { status: 200, headers: { "content-length": String(size) } });
  };
  return Object.assign(fn, { calls });
}

function breakAfter(source: Readable, bytes: number): Readable {
  let sent = 0;
  return Readable.from(
    (async function* () {
      for await (const chunk of source) {
        sent += (chunk as Buffer).length;
        if (sent > bytes) throw Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
        yield chunk as Buffer;
      }
    })(),
  );
}

/** A region index as AWS publishes it, pointing each region at a path on the fake host. */
export function regionIndex(regions: Record<string, string>): unknown {
  return {
    formatVersion: "v1.0",
    publicationDate: "2026-09-09T00:46:05Z",
    regions: Object.fromEntries(Object.entries(regions).map(([region, path]) => [region, { regionCode: region, currentVersionUrl: path }])),
  };
}
