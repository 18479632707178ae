/**
 * Messages as codes with parameters (issue 12): core returns `{ code, params }`; faces render them
 * in their language from the code (core's English renderer is `renderMessage`), never by parsing
 * English. Parameters are plain strings or numbers (money already formatted or as exact decimals).
 */
export type MessageParams = Record<string, string | number>;
export type Message<Code extends string = string> = { code: Code; params: MessageParams };

/** @example message("BUDGET_OVER", { pattern: "ecs-ec2" }) //=> { code: "BUDGET_OVER", params: { pattern: "ecs-ec2" } } */
export function message<Code extends string>(code: Code, params: MessageParams = {}): Message<Code> {
  return { code, params };
}

/**
 * Fills `{name}` placeholders from the parameters; a placeholder without a parameter is left as is
 * (visible in a test, never silently empty).
 * @example fillTemplate("{a} costs {b}", { a: "X", b: "$1.00" }) //=> "X costs $1.00"
 */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
