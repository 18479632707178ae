import { ASSUMPTION_TEMPLATES } from "./en/assumptions";
import { BUDGET_TEMPLATES } from "./en/budget";
import { CONSTRAINT_TEMPLATES } from "./en/constraints";
import { DIFF_TEMPLATES } from "./en/diff";
import { ERROR_TEMPLATES } from "./en/errors";
import { IMPORT_ERROR_TEMPLATES } from "./en/import-errors";
import { PRICING_ERROR_TEMPLATES } from "./en/pricing-errors";
import { SCHEMA_ERROR_TEMPLATES } from "./en/schema-errors";
import { SNAPSHOT_ERROR_TEMPLATES } from "./en/snapshot-errors";
import { LINE_TEMPLATES } from "./en/lines";
import { BILL_NOTE_TEMPLATES } from "./en/notes-bill";
import { OPS_ACTIVITY_TEMPLATES } from "./en/ops-activities";
import { DETAIL_TEMPLATES } from "./en/details";
import { OPS_RULE_TEMPLATES } from "./en/ops-rules";
import { EC2_NOTE_TEMPLATES } from "./en/notes-ec2";
import { MATRIX_TEMPLATES } from "./en/matrix";
import { EC2_GENERATION_NOTE_TEMPLATES } from "./en/notes-ec2-generation";
import { FARGATE_NOTE_TEMPLATES } from "./en/notes-fargate";
import { RECOMMENDATION_TEMPLATES } from "./en/recommendation";
import { FARGATE_SIZE_TEMPLATES } from "./en/fargate-size";
import { REPORT_TEMPLATES } from "./en/report";
import { SENSITIVITY_TEMPLATES } from "./en/sensitivity";
import { STORAGE_TEMPLATES } from "./en/storage";
import { WORKLOAD_TEMPLATES } from "./en/workload";
import { MANAGED_NODES_TEMPLATES } from "./managed-nodes-english";
import { fillTemplate, type FillOptions, type Message, type MessageParams } from "./message";

/**
 * Core's English templates, one per message code, gathered from one file per area (en/). The compiler
 * checks that every code has one; a face translating into another language keys its own table by the
 * same codes (`{name:usd}` puts "$" before a decimal, `{name:message}` renders the code held in `name`,
 * `{name:money}`, `{name:multiplier}`, `{name:percent}`, `{name:number}` round an exact value for reading).
 */
export const ENGLISH_TEMPLATES = {
  ...BUDGET_TEMPLATES,
  ...REPORT_TEMPLATES,
  ...DIFF_TEMPLATES,
  ...CONSTRAINT_TEMPLATES,
  ...FARGATE_NOTE_TEMPLATES,
  ...FARGATE_SIZE_TEMPLATES,
  ...EC2_NOTE_TEMPLATES,
  ...EC2_GENERATION_NOTE_TEMPLATES,
  ...BILL_NOTE_TEMPLATES,
  // ECS Managed Instances, EKS Auto Mode, Provisioned Control Plane (issue 16)
  ...MANAGED_NODES_TEMPLATES,
  ...WORKLOAD_TEMPLATES,
  ...ERROR_TEMPLATES,
  ...SNAPSHOT_ERROR_TEMPLATES,
  ...SCHEMA_ERROR_TEMPLATES,
  ...PRICING_ERROR_TEMPLATES,
  ...IMPORT_ERROR_TEMPLATES,
  ...LINE_TEMPLATES,
  // the analysis: recommendation, sensitivity, trade-off matrix, assumptions (issue 12 item 5)
  ...RECOMMENDATION_TEMPLATES,
  ...SENSITIVITY_TEMPLATES,
  ...MATRIX_TEMPLATES,
  ...ASSUMPTION_TEMPLATES,
  ...STORAGE_TEMPLATES,
  ...OPS_ACTIVITY_TEMPLATES,
  // cost-line details (lines/line-detail.ts)
  ...DETAIL_TEMPLATES,
  ...OPS_RULE_TEMPLATES,
} as const satisfies Record<string, string>;

export type MessageCode = keyof typeof ENGLISH_TEMPLATES;
export const MESSAGE_CODES = Object.keys(ENGLISH_TEMPLATES) as MessageCode[];

const renderer = (options: FillOptions) => {
  const render = (code: string, params: MessageParams): string => {
    const template = (ENGLISH_TEMPLATES as Record<string, string>)[code];
    return template === undefined ? `${code} ${JSON.stringify(params)}` : fillTemplate(template, params, render, options);
  };
  return render;
};
const render = renderer({});

/** Core's English rendering of a message. @example renderMessage({ code: "BUDGET_OVER", params: { what: "a.yaml", pattern: "ECS on EC2 (ecs-ec2)", total: "$58.00", budget: "$40.00" } }) //=> "a.yaml: ECS on EC2 (ecs-ec2) costs $58.00/month, over the --fail-over budget of $40.00" */
export function renderMessage(message: Message): string {
  return render(message.code, message.params);
}

const renderExact = renderer({ exact: true });
/** Core's English with a face's formats, e.g. a JPY report's money (`reportingFormats`). @example renderMessageWith(message("VALUE_USD_PER_HOUR", { rateUsd: "33.3333" }), { formats: reportingFormats(jpy150) }) //=> "¥5,000/hour" */
export function renderMessageWith(message: Message, options: FillOptions): string {
  return renderer(options)(message.code, message.params);
}
/** The English with every reading-formatted value unrounded (what a face shows on hover). @example renderMessageExact(message("CHANGE_NOTHING_IN_RANGE", { from: "0.333333", to: "10" })) //=> "nothing in the searched ranges: workload ×0.333333–×10, …" */
export function renderMessageExact(message: Message): string {
  return renderExact(message.code, message.params);
}
