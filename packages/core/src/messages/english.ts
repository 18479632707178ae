import { fillTemplate, type Message } from "./message";

/**
 * Core's English templates, one per message code. The compiler checks that every code has one;
 * a face translating into another language keys its own table by the same codes.
 */
export const ENGLISH_TEMPLATES = {
  BUDGET_WITHIN: "{what}: {pattern} costs {total}/month, within the --fail-over budget of {budget}",
  BUDGET_OVER: "{what}: {pattern} costs {total}/month, over the --fail-over budget of {budget}",
  BUDGET_OVER_LOWER_BOUND: "{what}: {pattern} costs at least {total}/month (a lower bound: rates are missing), already over the --fail-over budget of {budget}",
  BUDGET_UNDECIDED_LOWER_BOUND: "{what}: {pattern} is incomplete (rates missing); its lower bound {total}/month is within {budget} but the full bill may not be",
  BUDGET_UNDECIDED_NO_TOTAL: "{what}: {pattern} has no total (ruled out); cannot check --fail-over {budget}",
  BUDGET_UNDECIDED_NONE_PRICED: "{what}: no pattern is fully priced and able to run the workload; cannot check --fail-over {budget}",
} as const satisfies Record<string, string>;

export type MessageCode = keyof typeof ENGLISH_TEMPLATES;
export const MESSAGE_CODES = Object.keys(ENGLISH_TEMPLATES) as MessageCode[];

/** Core's English rendering of a message. @example renderMessage({ code: "BUDGET_OVER", params: { what: "a.yaml", pattern: "ECS on EC2 (ecs-ec2)", total: "$58.00", budget: "$40.00" } }) //=> "a.yaml: ECS on EC2 (ecs-ec2) costs $58.00/month, over the --fail-over budget of $40.00" */
export function renderMessage(message: Message): string {
  const template = (ENGLISH_TEMPLATES as Record<string, string>)[message.code];
  return template === undefined ? `${message.code} ${JSON.stringify(message.params)}` : fillTemplate(template, message.params);
}
