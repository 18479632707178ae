import { ecsTaskSizeProblem } from "@repo/core";
import { renderCoreMessage } from "./core-messages";
import type { Locale } from "./i18n";
import type { ServiceRow } from "./service-row";

const PLAIN_NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,3})?$/;
const positive = (text: string): number | undefined => {
  const value = PLAIN_NUMBER.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

/**
 * The nearest Fargate sizes beside a row whose vCPU/memory is not a Fargate task size (issue 20 item 3:
 * "Fargate 3 vCPU is not a size; nearest: 2 vCPU (4–16 GB) or 4 vCPU (8–30 GB)"). Core decides and names
 * the sizes (`ecsTaskSizeProblem`, the check the model rules ECS on Fargate out with); the web only renders
 * the nested nearest-size message in the page's language. Undefined for a valid size, for a Windows row
 * (its own rule) and for text that is not a number yet (the field shows its own error).
 * @example fargateRowHint({ ...row, vcpu: "3", memoryGib: "8" }, 0, "en") //=> "3 vCPU is not a Fargate task size; nearest: 2 vCPU (4–16 GB) or 4 vCPU (8–30 GB)"
 */
export function fargateRowHint(row: ServiceRow, index: number, locale: Locale): string | undefined {
  const vcpu = positive(row.vcpu);
  const memoryGib = positive(row.memoryGib);
  if (vcpu === undefined || memoryGib === undefined || row.os === "windows") return undefined;
  const problem = ecsTaskSizeProblem(vcpu * 1000, memoryGib * 1024 ** 3, row.name, `services[${index}]`);
  if (!problem || typeof problem.params.nearest !== "string") return undefined;
  return renderCoreMessage({ code: problem.params.nearest, params: problem.params }, locale);
}
