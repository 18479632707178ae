import { describe, expect, it } from "vitest";
import { caughtCoreError } from "./testing/caught-core-error";
import { labourRate } from "./ops/engineer-rate";
import { applyHoursOverride } from "./ops/hours-override";
import { percentToBasisPoints } from "./ec2/capacity-settings";
import { ENGLISH_TEMPLATES } from "./messages/english";
import { placeholderNames } from "./messages/message";
import { budgetPatternId } from "./model/budget";
import { parseDecimal, toQuantity } from "./money/decimal";
import { Decimal } from "./money/decimal";
import { parseScenario } from "./scenario/parse-scenario";
import { resolveReporting } from "./currency/reporting";
import { scaleBreakpoints } from "./decisions/scale-workload";
import { parseCpuMillicores, parseMemoryBytes, vcpuToMillicores } from "./units/data-size";

const caught = caughtCoreError;
const band = { low: new Decimal(1), typical: new Decimal(2), high: new Decimal(3) };
const scenario = (more: Record<string, unknown>) =>
  parseScenario({ region: "us-east-1", services: [{ name: "web", taskCount: 1, vcpu: 1, memoryGib: 2 }], ...more });

/**
 * Errors core raised with an English sentence before (issue 12 item 5): each is now a code with the
 * values it names, and the CLI's one line (`[core] CODE: …`) is byte-identical to the old English.
 */
const CASES: { why: string; run: () => unknown; code: string; params: Record<string, string | number>; line: string }[] = [
  {
    why: "a money string with an exponent is not a plain decimal (money is exact decimal strings, never floats)",
    run: () => parseDecimal("1e3", "purchase.ec2.spotPricesUsdPerHour.m6i.large"),
    code: "ERR_NOT_PLAIN_DECIMAL",
    params: { value: "1e3", field: "purchase.ec2.spotPricesUsdPerHour.m6i.large" },
    line: '[core] INVALID_DECIMAL: "1e3" is not a plain decimal number (field: purchase.ec2.spotPricesUsdPerHour.m6i.large)',
  },
  {
    why: "Infinity has no decimal form, so a quantity cannot be read exactly",
    run: () => toQuantity(Number.POSITIVE_INFINITY, "ops.engineerHourlyUsd"),
    code: "ERR_QUANTITY_NOT_FINITE",
    params: { value: "Infinity", field: "ops.engineerHourlyUsd" },
    line: "[core] INVALID_QUANTITY: Infinity is not a finite number (field: ops.engineerHourlyUsd)",
  },
  {
    why: "7.555 % is 755.5 basis points: capacity settings are whole 1/10000ths",
    run: () => percentToBasisPoints(7.555, "ec2.memoryOverheadPercent"),
    code: "ERR_PERCENT_TOO_FINE",
    params: { value: 7.555, field: "ec2.memoryOverheadPercent" },
    line: "[core] INVALID_OPTION: 7.555% is finer than 0.01 % (field: ec2.memoryOverheadPercent)",
  },
  {
    why: '"2 cores" is no Kubernetes quantity (digits with an optional suffix such as m, Mi, Gi)',
    run: () => parseCpuMillicores("2 cores", "containers[0].cpu"),
    code: "ERR_NOT_K8S_QUANTITY",
    params: { value: "2 cores", field: "containers[0].cpu" },
    line: '[core] INVALID_QUANTITY: "2 cores" is not a Kubernetes quantity such as 500m, 1, 256Mi, 1Gi or 1G (field: containers[0].cpu)',
  },
  {
    why: "0.0005 cores is half a millicore: Kubernetes rejects sub-millicore CPU",
    run: () => parseCpuMillicores("0.0005", "cpu"),
    code: "ERR_CPU_FINER_THAN_MILLICORE",
    params: { value: "0.0005", field: "cpu" },
    line: '[core] INVALID_QUANTITY: CPU "0.0005" is finer than 1 millicore (field: cpu)',
  },
  {
    why: "193 cores is above 192 vCPU, the ECS task maximum; the limit travels as a parameter",
    run: () => parseCpuMillicores(193, "cpu"),
    code: "ERR_CPU_OUT_OF_RANGE",
    params: { value: "193", field: "cpu", maxMillicores: 192_000 },
    line: '[core] INVALID_QUANTITY: CPU "193" is out of range (field: cpu); allowed: 0 to 192000 (whole number) millicores (192 vCPU, the ECS task maximum)',
  },
  {
    why: "64Ti is above 32Ti, the largest EC2 instance's memory",
    run: () => parseMemoryBytes("64Ti", "memory"),
    code: "ERR_MEMORY_OUT_OF_RANGE",
    params: { value: "64Ti", field: "memory" },
    line: '[core] INVALID_QUANTITY: memory "64Ti" is out of range (field: memory); allowed: 0 to 32Ti (the largest EC2 instance\'s memory)',
  },
  {
    why: "0.0001 vCPU is a tenth of a millicore",
    run: () => vcpuToMillicores(new Decimal("0.0001")),
    code: "ERR_VCPU_FINER_THAN_MILLICORE",
    params: { value: "0.0001", field: "vcpu" },
    line: "[core] INVALID_QUANTITY: vCPU 0.0001 is finer than 1 millicore (field: vcpu)",
  },
  {
    why: "--pattern takes a pattern id; the allowed ids and the typed value are parameters",
    run: () => budgetPatternId("lambda"),
    code: "ERR_OPTION_NOT_ONE_OF",
    params: { option: "--pattern", value: "lambda" },
    line: '[core] INVALID_OPTION: --pattern must be one of ecs-fargate, ecs-ec2, eks-fargate, eks-ec2, ecs-managed-instances, eks-auto-mode (got "lambda") (field: --pattern); allowed: ecs-fargate, ecs-ec2, eks-fargate, eks-ec2, ecs-managed-instances, eks-auto-mode',
  },
  {
    why: "an hours band must be ordered; 5 / 2 / 3 breaks low ≤ typical",
    run: () => applyHoursOverride(band, { low: 5 }, "ops.hours.ecs-fargate.patching"),
    code: "ERR_HOURS_ORDER",
    params: { low: "5", typical: "2", high: "3", field: "ops.hours.ecs-fargate.patching" },
    line: "[core] INVALID_OPTION: hours must keep low ≤ typical ≤ high (got 5 / 2 / 3) (field: ops.hours.ecs-fargate.patching)",
  },
  {
    why: "two engineer rates would contradict each other",
    run: () => labourRate(scenario({ ops: { engineerHourly: { amount: 5000, currency: "JPY" }, engineerHourlyUsd: 90 } })),
    code: "ERR_ENGINEER_RATE_TWICE",
    params: { field: "ops.engineerHourly" },
    line: "[core] INVALID_OPTION: set ops.engineerHourly or ops.engineerHourlyUsd, not both (field: ops.engineerHourly)",
  },
  {
    why: "an FX date describes a rate the user did not give",
    run: () => resolveReporting(scenario({ reporting: { fxAsOf: "2026-11-01" } })),
    code: "ERR_FX_WITHOUT_RATE",
    params: { field: "reporting.jpyPerUsd" },
    line: "[core] INVALID_OPTION: reporting.fxAsOf / fxSource describe a rate: set reporting.jpyPerUsd too (field: reporting.jpyPerUsd)",
  },
  {
    why: "5,000 tasks × 300 = 1,500,000 listed breakpoints, above the 1,000,000 the solver lists",
    run: () => scaleBreakpoints([5000], 300),
    code: "ERR_TOO_MANY_BREAKPOINTS",
    params: { count: 1_500_000, field: "taskCount" },
    line: "[core] INVALID_OPTION: 1500000 breakpoints are too many to list; use scaleSteps (arithmetic, never listed) (field: taskCount)",
  },
];

describe("core errors that were English are codes with parameters", () => {
  it.each(CASES)("$code: $why", ({ run, code, params, line }) => {
    const error = caught(run);
    expect(error.detail.code).toBe(code);
    expect(error.params).toMatchObject(params);
    expect(error.message).toBe(line);
  });

  it.each(CASES)("$code has an English template whose placeholders the thrown parameters all fill", ({ run }) => {
    const { detail } = caught(run);
    const template = (ENGLISH_TEMPLATES as Record<string, string>)[detail.code];
    expect(template).toBeDefined();
    expect(placeholderNames(template ?? "").filter((name) => !(name in detail.params))).toEqual([]);
  });
});
