import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonRecordExtractor, JsonStreamError, type RecordPattern } from "./json-record-extractor";

/** Feeds `text` in pieces cut at `cuts` (byte offsets) and returns the records in order. */
function extract(text: string | Buffer, patterns: RecordPattern[], cuts: number[] = []): [string, unknown][] {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  const out: [string, unknown][] = [];
  const extractor = new JsonRecordExtractor(patterns, (path, value) => out.push([path.join("."), value]));
  let from = 0;
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b)) {
    extractor.write(bytes.subarray(from, cut));
    from = cut;
  }
  extractor.write(bytes.subarray(from));
  extractor.end();
  return out;
}

/** The same records, read the slow way: JSON.parse the whole document and walk the patterns. */
function expected(doc: unknown, patterns: RecordPattern[]): [string, unknown][] {
  const out: [string, unknown][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (patterns.some((p) => p.length === path.length && p.every((part, k) => part === "*" || part === path[k]))) {
      out.push([path.join("."), value]);
      return;
    }
    if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(doc, []);
  return out;
}

const OFFER_PATTERNS: RecordPattern[] = [["products", "*"], ["terms", "OnDemand", "*"], ["publicationDate"]];

describe("JsonRecordExtractor", () => {
  it.each([
    {
      label: "records at two depths, others skipped",
      text: '{"a":1,"products":{"X":{"sku":"X"},"Y":[1,{"z":"}"}]},"terms":{"Reserved":{"X":{}},"OnDemand":{"X":{"p":"0.1"}}}}',
    },
    {
      label: "escaped quotes and braces inside strings do not end a record",
      text: '{"products":{"K\\"1":{"d":"a \\"}\\" b \\\\","e":"{["}}}',
    },
    { label: "unicode keys and values survive byte-level cutting", text: '{"products":{"ü€😀":{"location":"São Paulo — 東京"}}}' },
    {
      label: "scalar records (numbers, strings, literals)",
      text: '{"publicationDate":"2025-08-28T17:27:23Z","products":{"a":1.5e3,"b":true,"c":null,"d":-0}}',
    },
    { label: "empty containers", text: '{"products":{},"terms":{"OnDemand":{}},"x":[]}' },
  ])("$label: same records as JSON.parse, at every chunk boundary", ({ text }) => {
    const want = expected(JSON.parse(text), OFFER_PATTERNS);
    const length = Buffer.byteLength(text);
    for (let cut = 0; cut <= length; cut++) expect(extract(text, OFFER_PATTERNS, [cut])).toEqual(want);
  });

  it.each([
    { label: "truncated inside a record", text: '{"products":{"A":{"sku":"A"', message: /ended early/ },
    { label: "truncated between records", text: '{"products":{"A":{"sku":"A"},', message: /ended early/ },
    { label: "truncated inside a skipped subtree", text: '{"terms":{"Reserved":{"A":[1,2', message: /ended early/ },
    { label: "invalid JSON inside a wanted record", text: '{"products":{"A":{"sku":A}}}', message: /invalid JSON at products\.A/ },
    { label: "missing colon", text: '{"products" {}}', message: /expected ":"/ },
    { label: "garbage after the document", text: '{"products":{}} x', message: /after the end/ },
    { label: "an HTML error page instead of JSON", text: "<html>503</html>", message: /unexpected character "<" \(byte 0/ },
  ])("$label → JsonStreamError", ({ text, message }) => {
    expect(() => extract(text, OFFER_PATTERNS)).toThrow(JsonStreamError);
    expect(() => extract(text, OFFER_PATTERNS)).toThrow(message);
  });

  describe("properties", () => {
    const record = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    const doc = fc.record({
      noise: fc.jsonValue({ maxDepth: 4 }),
      products: fc.dictionary(fc.string({ minLength: 1 }), record, { maxKeys: 6 }),
      terms: fc.record({ Reserved: fc.jsonValue({ maxDepth: 4 }), OnDemand: fc.dictionary(fc.string(), record, { maxKeys: 6 }) }),
    });

    it("any document, cut anywhere, yields exactly the records JSON.parse finds there", () => {
      fc.assert(
        fc.property(doc, fc.array(fc.nat(5000), { maxLength: 8 }), fc.boolean(), (value, cuts, pretty) => {
          const text = JSON.stringify(value, null, pretty ? 2 : undefined);
          expect(extract(text, OFFER_PATTERNS, cuts)).toEqual(expected(JSON.parse(text), OFFER_PATTERNS));
        }),
        { numRuns: 300 },
      );
    });

    it("any proper prefix of a document is reported as ended early, never as a partial success", () => {
      fc.assert(
        fc.property(doc, fc.double({ min: 0, max: 0.999, noNaN: true }), (value, fraction) => {
          const text = JSON.stringify(value);
          const prefix = Buffer.from(text).subarray(0, Math.floor(Buffer.byteLength(text) * fraction));
          expect(() => extract(prefix, OFFER_PATTERNS)).toThrow(JsonStreamError);
        }),
        { numRuns: 200 },
      );
    });
  });
});
