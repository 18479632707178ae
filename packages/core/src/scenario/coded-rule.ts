import type { z } from "zod";
import { renderMessage, type MessageCode } from "../messages/english";
import { message, type Message, type MessageParams } from "../messages/message";

/** Core's fixed rule sentences (a check's `error`), by their English: the code behind each. */
const FIXED_RULES = new Map<string, Message>();

/**
 * The `error` of a zod check whose sentence is core's: its English (what zod keeps), remembered with
 * the code so `ruleOf` finds the code again — no face parses the English.
 * @example ruleText("ERR_TOO_MANY_TAGS", { max: 50 }) //=> "at most 50 tags (the AWS per-resource tag limit)"
 */
export function ruleText(code: MessageCode, params: MessageParams = {}): string {
  const coded = message(code, params);
  const text = renderMessage(coded);
  FIXED_RULES.set(text, coded);
  return text;
}

/**
 * A cross-field rule's issue (`ctx.addIssue(ruleIssue(…))`): its code and values travel in the issue's
 * `params`, its English (rendered from them) in `message`.
 */
export function ruleIssue(code: MessageCode, params: MessageParams, path?: PropertyKey[]): z.core.$ZodRawIssue {
  return {
    code: "custom",
    message: renderMessage(message(code, params)),
    params: { rule: code, ...params },
    input: undefined,
    ...(path ? { path } : {}),
  };
}

/** The coded rule behind an issue core wrote (`ruleText` or `ruleIssue`); undefined for zod's own checks. */
export function ruleOf(issue: z.core.$ZodIssue): Message | undefined {
  if (issue.code === "custom" && typeof issue.params?.rule === "string") {
    const { rule, ...params } = issue.params as MessageParams & { rule: string };
    return { code: rule, params };
  }
  return FIXED_RULES.get(issue.message);
}
