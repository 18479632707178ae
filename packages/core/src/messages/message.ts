/**
 * Messages as codes with parameters (issue 12): core returns `{ code, params }`; faces render them
 * in their language from the code (core's English renderer is `renderMessage`), never by parsing
 * English. Parameters are raw values: ids, names, numbers and exact decimal strings — never English
 * phrases or pre-formatted money (a template says how to show a value, e.g. `{total:usd}`).
 */
import type { MessageCode } from "./english";
import { READING_FORMATS, type ParamFormatter } from "./reading-formats";

export type MessageParams = Record<string, string | number>;
export type Message<Code extends string = string> = { code: Code; params: MessageParams };

/**
 * A core message; the code must have an English template (the compiler checks it).
 * @example message("BUDGET_OVER", { pattern: "ecs-ec2" }) //=> { code: "BUDGET_OVER", params: { pattern: "ecs-ec2" } }
 */
export function message<Code extends MessageCode>(code: Code, params: MessageParams = {}): Message<Code> {
  return { code, params };
}

/** Renders a nested message (a `{name:message}` placeholder names a code held in a parameter). */
export type NestedRenderer = (code: string, params: MessageParams) => string;

/**
 * `{name}`, or `{name:format}` with a format: `usd` ("$" before the value), `message` (the code held in
 * the parameter, rendered with the same parameters), or a reading format (reading-formats.ts: `money`,
 * `multiplier`, `percent`, `number`: the exact parameter rounded for people).
 */
const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

/** How a face renders: `exact` shows reading formats unrounded (the web's hover title); `formats` replaces reading formats and `usd` (e.g. a face's own money style, a reporting currency: currency/reporting-display.ts). */
export type FillOptions = { exact?: boolean; formats?: Partial<Record<string, ParamFormatter>> };

/** A template cut once into its literal text and its placeholders (`fillTemplate` is called per cost line). */
type Segment = string | { whole: string; name: string; format: string | undefined };
const compiled = new Map<string, readonly Segment[]>();
/** Templates are the catalogs' constants; a caller's own strings cannot grow the cache without bound. */
const MAX_COMPILED = 2048;

function segmentsOf(template: string): readonly Segment[] {
  const known = compiled.get(template);
  if (known) return known;
  const segments: Segment[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > at) segments.push(template.slice(at, match.index));
    segments.push({ whole: match[0], name: match[1] as string, format: match[2] });
    at = match.index + match[0].length;
  }
  if (at < template.length) segments.push(template.slice(at));
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(template, segments);
  return segments;
}

/**
 * Fills `{name}` placeholders from the parameters; a placeholder without a parameter is left as is
 * (visible in a test, never silently empty).
 * @example fillTemplate("{a} costs {b:usd}", { a: "X", b: "1.00" }) //=> "X costs $1.00"
 * @example fillTemplate("at {m:multiplier}", { m: "4.166667" }) //=> "at ×4.17"
 */
export function fillTemplate(template: string, params: MessageParams, nested?: NestedRenderer, options: FillOptions = {}): string {
  let text = "";
  for (const segment of segmentsOf(template)) {
    text += typeof segment === "string" ? segment : filled(segment, params, nested, options);
  }
  return text;
}

function filled(
  placeholder: Exclude<Segment, string>,
  params: MessageParams,
  nested: NestedRenderer | undefined,
  options: FillOptions,
): string {
  const { whole, name, format } = placeholder;
  if (!(name in params)) return whole;
  const value = String(params[name]);
  if (format === "usd") return options.formats?.usd ? options.formats.usd(value, options.exact === true) : `$${value}`;
  if (format === "message") return nested ? nested(value, params) : whole;
  const reading = format ? (options.formats?.[format] ?? READING_FORMATS[format]) : undefined;
  return reading ? reading(value, options.exact === true) : value;
}

/** The parameter names a template uses. @example placeholderNames("{a} and {b:usd}") //=> ["a", "b"] */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** Same code and same parameters (order-free). @example sameMessage(message("A", { x: 1 }), message("A", { x: 1 })) //=> true */
export function sameMessage(a: Message, b: Message): boolean {
  const keys = Object.keys(a.params);
  return a.code === b.code && keys.length === Object.keys(b.params).length && keys.every((k) => a.params[k] === b.params[k]);
}
