/**
 * Messages as codes with parameters (issue 12): core returns `{ code, params }`; faces render them
 * in their language from the code (core's English renderer is `renderMessage`), never by parsing
 * English. Parameters are raw values: ids, names, numbers and exact decimal strings — never English
 * phrases or pre-formatted money (a template says how to show a value, e.g. `{total:usd}`).
 */
import type { MessageCode } from "./english";

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

/** `{name}`, or `{name:format}` with a format: `usd` ("$" before the value), `message` (the code held in the parameter, rendered with the same parameters). */
const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

/**
 * Fills `{name}` placeholders from the parameters; a placeholder without a parameter is left as is
 * (visible in a test, never silently empty).
 * @example fillTemplate("{a} costs {b:usd}", { a: "X", b: "1.00" }) //=> "X costs $1.00"
 */
export function fillTemplate(template: string, params: MessageParams, nested?: NestedRenderer): string {
  return template.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    if (format === "usd") return `$${value}`;
    if (format === "message") return nested ? nested(value, params) : whole;
    return value;
  });
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
