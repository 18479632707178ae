import { JsonStreamError } from "./json-stream-error";
import { BACKSLASH, CLOSE_ARR, CLOSE_OBJ, COLON, COMMA, endsScalar, isSpace, OPEN_ARR, OPEN_OBJ, QUOTE, startsScalar } from "./json-bytes";

export { JsonStreamError };
/** A path to hand out; "*" matches any object key or array index. */
export type RecordPattern = readonly string[];
export type RecordHandler = (path: readonly string[], value: unknown) => void;

type Frame = { kind: "object" | "array"; key: string | undefined; index: number; afterValue: boolean };

/**
 * Incremental JSON reader that hands out only the values at chosen paths, e.g. every
 * `products.<sku>` and `terms.OnDemand.<sku>` of a Price List offer file, and never builds the rest.
 *
 * Why hand-written rather than stream-json or @streamparser/json: those tokenise every number and
 * string of the file into JS values (and @streamparser/json keeps values it does not emit in their
 * parent), so a 300+ MB EC2 offer costs hundreds of MB of garbage and is bound by tokenisation.
 * Here bytes outside the wanted paths are skipped with a bracket/string counter (no allocation), and
 * each wanted record (≈1-2 KB) is cut out as raw bytes and handed to the native `JSON.parse`. Memory
 * stays bounded by the largest single record, whatever the file size (see `pnpm bench`).
 *
 * Validation: the structure on the way to a wanted path (object keys, colons, commas) is checked;
 * skipped subtrees are only bracket-counted; every wanted record is fully parsed by `JSON.parse`.
 * A stream that ends inside a value is an error ("ended early"), never a silent partial result.
 *
 * @example
 * const x = new JsonRecordExtractor([["products", "*"]], (path, value) => console.log(path[1], value));
 * x.write(Buffer.from('{"products":{"A":{"sku":"A"}},"terms":{}}')); x.end(); //=> logs A { sku: "A" }
 */

export class JsonRecordExtractor {
  private readonly stack: Frame[] = [];
  /** "structure": reading keys on the way to wanted paths; "nested": inside a skipped or captured value. */
  private mode: "structure" | "key" | "nested" | "scalar" = "structure";
  private inString = false;
  private escaped = false;
  private depth = 0;
  private capturing = false;
  private parts: Uint8Array[] = [];
  private keyParts: Uint8Array[] = [];
  private valuePath: string[] = [];
  private rootDone = false;
  private bytesRead = 0;

  /**
   * @param patterns paths to hand out ("*" matches any key or index)
   * @param onRecord receives each wanted value, parsed
   * @param select optional veto per matched path (e.g. only the SKUs already selected): a vetoed
   *   value is skipped without being parsed
   */
  constructor(
    private readonly patterns: readonly RecordPattern[],
    private readonly onRecord: RecordHandler,
    private readonly select: (path: readonly string[]) => boolean = () => true,
  ) {}

  /** Total bytes consumed so far (for progress and error positions). */
  get position(): number {
    return this.bytesRead;
  }

  write(chunk: Uint8Array): void {
    let i = 0;
    let start = 0; // where the current captured piece starts in this chunk
    const n = chunk.length;
    while (i < n) {
      const b = chunk[i] as number;
      if (this.mode === "nested") {
        // hot path (almost every byte of an offer file): local state, and memchr-speed string skips
        let depth = this.depth;
        let inString = this.inString;
        let closedAt = -1;
        while (i < n) {
          if (inString) {
            const after = this.skipString(chunk, i, n);
            inString = after === -1;
            i = inString ? n : after;
            continue;
          }
          const c = chunk[i] as number;
          if (c === QUOTE) inString = true;
          else if (c === OPEN_OBJ || c === OPEN_ARR) depth++;
          else if ((c === CLOSE_OBJ || c === CLOSE_ARR) && --depth === 0) {
            closedAt = i;
            break;
          }
          i++;
        }
        this.depth = depth;
        this.inString = inString;
        if (closedAt >= 0) {
          if (this.capturing) this.parts.push(chunk.subarray(start, closedAt + 1));
          this.finishValue();
          i = closedAt + 1;
        }
        continue;
      }
      if (this.mode === "key") {
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) {
          this.keyParts.push(chunk.subarray(start, i + 1));
          this.readKey();
        }
        i++;
        continue;
      }
      if (this.mode === "scalar") {
        // a string scalar ends at its closing quote; a number/literal at the first delimiter
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (b === BACKSLASH) this.escaped = true;
          else if (b === QUOTE) {
            this.inString = false;
            if (this.capturing) this.parts.push(chunk.subarray(start, i + 1));
            this.finishValue();
          }
          i++;
          continue;
        }
        if (!endsScalar(b)) {
          i++;
          continue;
        }
        if (this.capturing) this.parts.push(chunk.subarray(start, i));
        this.finishValue();
        continue; // the delimiter is structure: re-read it
      }
      // structure mode
      if (isSpace(b)) {
        i++;
        continue;
      }
      this.offsetInChunk = i;
      if (this.expectColon) {
        if (b !== COLON) this.fail(`expected ":" after an object key`);
        this.expectColon = false;
        i++;
        continue;
      }
      const frame = this.stack.at(-1);
      if (this.rootDone) this.fail(`unexpected data after the end of the document`);
      if (frame?.kind === "object" && frame.key === undefined) {
        if (b === QUOTE) {
          this.mode = "key";
          this.keyParts = [];
          start = i;
          i++;
          continue;
        }
        if (b === CLOSE_OBJ && !frame.afterValue) {
          this.pop();
          i++;
          continue;
        }
        this.fail(`expected an object key`);
      }
      if (frame?.afterValue) {
        if (b === COMMA) {
          frame.afterValue = false;
          if (frame.kind === "object") frame.key = undefined;
          else frame.index++;
        } else if ((b === CLOSE_OBJ && frame.kind === "object") || (b === CLOSE_ARR && frame.kind === "array")) this.pop();
        else this.fail(`expected "," or the end of the ${frame.kind}`);
        i++;
        continue;
      }
      if (b === CLOSE_ARR && frame?.kind === "array" && frame.index === 0) {
        this.pop();
        i++;
        continue;
      }
      // a value starts here
      start = i;
      this.beginValue(b);
      i++;
    }
    if (this.capturing && (this.mode === "nested" || this.mode === "scalar") && start < n) {
      this.parts.push(chunk.subarray(start, n));
    }
    if (this.mode === "key" && start < n) this.keyParts.push(chunk.subarray(start, n));
    this.bytesRead += n;
    this.offsetInChunk = 0;
  }

  /** Declares the input complete; throws if it stopped inside a value. */
  end(): void {
    if (this.mode === "scalar" && !this.inString) this.finishValue();
    if (!this.rootDone || this.mode !== "structure") this.fail(`the JSON ended early (inside ${this.where()})`);
  }

  private beginValue(b: number): void {
    const path = this.stack.map((f) => (f.kind === "object" ? (f.key as string) : String(f.index)));
    const wanted =
      this.patterns.some((p) => p.length === path.length && p.every((part, k) => part === "*" || part === path[k])) && this.select(path);
    const onTheWay = this.patterns.some((p) => p.length > path.length && path.every((part, k) => p[k] === "*" || p[k] === part));
    if (!wanted && onTheWay && (b === OPEN_OBJ || b === OPEN_ARR)) {
      this.stack.push({ kind: b === OPEN_OBJ ? "object" : "array", key: undefined, index: 0, afterValue: false });
      return;
    }
    this.capturing = wanted;
    this.valuePath = path;
    this.parts = [];
    if (b === OPEN_OBJ || b === OPEN_ARR) {
      this.mode = "nested";
      this.depth = 1;
    } else if (!startsScalar(b)) {
      this.fail(`unexpected character "${String.fromCharCode(b)}"`);
    } else {
      this.mode = "scalar";
      this.inString = b === QUOTE;
    }
  }

  /**
   * Inside a string starting at `from`: returns the index just after its closing quote, or -1 if
   * the chunk ends first (then `escaped` records a pending backslash). Uses indexOf (memchr) to jump
   * between quotes; a quote preceded by an odd run of backslashes is escaped.
   */
  private skipString(chunk: Uint8Array, from: number, n: number): number {
    let i = from;
    if (this.escaped) {
      this.escaped = false;
      i++;
    }
    for (;;) {
      const quote = chunk.indexOf(QUOTE, i);
      const stop = quote === -1 ? n : quote;
      let run = 0;
      while (stop - run - 1 >= i && chunk[stop - run - 1] === BACKSLASH) run++;
      if (quote === -1) {
        this.escaped = run % 2 === 1;
        return -1;
      }
      if (run % 2 === 0) return quote + 1;
      i = quote + 1;
    }
  }

  private finishValue(): void {
    if (this.capturing) {
      const text = Buffer.concat(this.parts).toString("utf8");
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        this.fail(`invalid JSON at ${this.valuePath.join(".")}: ${(error as Error).message}`);
      }
      this.onRecord(this.valuePath, value);
    }
    this.capturing = false;
    this.parts = [];
    this.mode = "structure";
    this.inString = false;
    this.escaped = false;
    this.markValueDone();
  }

  private readKey(): void {
    const raw = Buffer.concat(this.keyParts).toString("utf8");
    this.keyParts = [];
    const frame = this.stack.at(-1) as Frame;
    frame.key = JSON.parse(raw) as string;
    this.mode = "structure";
    this.expectColon = true;
  }

  private expectColon = false;
  private offsetInChunk = 0;

  private pop(): void {
    this.stack.pop();
    this.markValueDone();
  }

  private markValueDone(): void {
    const parent = this.stack.at(-1);
    if (parent) parent.afterValue = true;
    else this.rootDone = true;
  }

  private where(): string {
    return this.stack.map((f) => (f.kind === "object" ? (f.key ?? "{") : `[${f.index}]`)).join(".") || "the document";
  }

  private fail(message: string): never {
    throw new JsonStreamError(`${message} (byte ${this.bytesRead + this.offsetInChunk}, at ${this.where()})`);
  }
}
