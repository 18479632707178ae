import { describe, expect, it } from "vitest";
import { caughtCoreError } from "../testing/caught-core-error";
import { embeddedPriceBook } from "../snapshot/embedded";
import { modelScenario } from "../model/model-scenario";
import { renderMessage } from "../messages/english";
import { parseScenario } from "./parse-scenario";

const web = { name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 };
const scenario = (service: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  region: "us-east-1",
  services: [{ ...web, ...service }],
  ...more,
});
const caught = caughtCoreError;

// Bad inputs → the coded sentence (code + parameters) a face words itself, and the CLI's English
// (unchanged from before the codes: docs/cli.md pins "10000000 is out of range, allowed: 0 to 5000 (whole number)").
const CASES: { label: string; input: unknown; code: string; field: string; params: Record<string, string | number>; english: string }[] = [
  {
    label: "a negative task count (limits.ts taskCount: 0 to 5000, ECS tasks-per-service quota)",
    input: scenario({ taskCount: -1 }),
    code: "ERR_OUT_OF_RANGE",
    field: "services[0].taskCount",
    params: { value: "-1", range: "RANGE_WHOLE", min: 0, max: 5000, service: "web", serviceNumber: 1 },
    english: "-1 is out of range, allowed: 0 to 5000 (whole number)",
  },
  {
    label: "a fractional task count",
    input: scenario({ taskCount: 1.5 }),
    code: "ERR_NOT_WHOLE",
    field: "services[0].taskCount",
    params: { value: "1.5", range: "RANGE_WHOLE", min: 0, max: 5000 },
    english: "1.5 is not a whole number, allowed: 0 to 5000 (whole number)",
  },
  {
    label: "vCPU above the EC2 task maximum (192, exclusive 0)",
    input: scenario({ vcpu: 1000 }),
    code: "ERR_OUT_OF_RANGE",
    field: "services[0].vcpu",
    params: { value: "1000", range: "RANGE_ABOVE", min: 0, max: 192 },
    english: "1000 is out of range, allowed: above 0 to 192",
  },
  {
    label: "text where a number belongs names the text",
    input: scenario({ taskCount: "lots" }),
    code: "ERR_NOT_A_NUMBER",
    field: "services[0].taskCount",
    params: { value: '"lots"', range: "RANGE_WHOLE" },
    english: '"lots" is not a finite number, allowed: 0 to 5000 (whole number)',
  },
  {
    label: "an unknown architecture lists the options",
    input: scenario({ architecture: "sparc" }),
    code: "ERR_NOT_ONE_OF",
    field: "services[0].architecture",
    params: { options: '"x86_64"|"arm64"', allowed: "x86_64, arm64", value: '"sparc"' },
    english: 'Invalid option: expected one of "x86_64"|"arm64"',
  },
  {
    label: "an unknown field at a service",
    input: scenario({ replicas: 3 }),
    code: "ERR_UNKNOWN_FIELDS",
    field: "services[0].replicas",
    params: { at: "services[0]", keys: "replicas" },
    english: "unknown field(s) at services[0]: replicas",
  },
  {
    label: "the second service is numbered 2 (1-based) and named",
    input: { region: "us-east-1", services: [web, { ...web, name: "api", taskCount: 6000 }] },
    code: "ERR_OUT_OF_RANGE",
    field: "services[1].taskCount",
    params: { service: "api", serviceNumber: 2, value: "6000" },
    english: "6000 is out of range, allowed: 0 to 5000 (whole number)",
  },
];

describe("zod issues → coded errors (CoreError.detail)", () => {
  it.each(CASES)("$label", ({ input, code, field, params, english }) => {
    const error = caught(() => parseScenario(input));
    expect(error.code).toBe("INVALID_SCENARIO");
    expect(error.field).toBe(field);
    expect(error.detail.code).toBe(code);
    expect(error.params).toMatchObject(params);
    expect(renderMessage(error.detail)).toBe(english);
    expect(error.message).toBe(
      `[core] INVALID_SCENARIO: ${english} (field: ${field})${error.allowed ? `; allowed: ${error.allowed.join(", ")}` : ""}`,
    );
  });

  it("two problems: the first is coded, the count follows (English as before)", () => {
    const error = caught(() => parseScenario(scenario({ taskCount: -1, vcpu: -1 })));
    expect(error.detail).toMatchObject({ code: "ERR_MORE_PROBLEMS", params: { first: "ERR_OUT_OF_RANGE", more: 1 } });
    expect(renderMessage(error.detail)).toBe("-1 is out of range, allowed: 0 to 5000 (whole number) (+1 more problem(s))");
  });
});

describe("an invalid ECS on Fargate size names the nearest valid sizes (ECS task-size table, S26)", () => {
  // Issue 20 item 3: such a size rules ECS on Fargate out (the EC2 patterns stay priced: fargate/
  // ecs-task-size-check.ts) and the ruled-out reason nests the nearest sizes, so the user knows what to type.
  const book = embeddedPriceBook();
  const nearestOf = (size: { vcpu: number; memoryGib: number }) => {
    const result = modelScenario(scenario(size), book, { scale: false });
    const fargate = result.patterns.find((p) => p.descriptor.id === "ecs-fargate");
    expect(fargate?.bill.status).toBe("ruled-out");
    const reason = fargate?.bill.reasons[0];
    const code = reason?.params.nearest;
    if (!reason || typeof code !== "string") throw new Error("no nested nearest-size message");
    // `{nearest:message}` renders the code held in `nearest` with the reason's own (merged) parameters.
    const { nearest: _code, allowedVcpu: _v, allowedGb: _g, ...params } = reason.params;
    return { code, params } as Parameters<typeof renderMessage>[0];
  };
  it("3 vCPU lies between 2 vCPU (4–16 GB) and 4 vCPU (8–30 GB)", () => {
    const nearest = nearestOf({ vcpu: 3, memoryGib: 1 });
    expect(nearest).toEqual({
      code: "ERR_FARGATE_VCPU_BETWEEN",
      params: {
        serviceNumber: 1,
        service: "web",
        field: "services[0].vcpu",
        vcpu: "3", // the reason's own vCPU text (the merged parameters)
        lowerVcpu: "2",
        lowerMinGb: "4",
        lowerMaxGb: "16",
        upperVcpu: "4",
        upperMinGb: "8",
        upperMaxGb: "30",
      },
    });
    expect(renderMessage(nearest)).toBe("3 vCPU is not a Fargate task size; nearest: 2 vCPU (4–16 GB) or 4 vCPU (8–30 GB)");
  });

  it("0.1 vCPU is below the smallest size: only 0.25 vCPU (0.5–2 GB) is named", () => {
    expect(renderMessage(nearestOf({ vcpu: 0.125, memoryGib: 1 }))).toBe(
      "0.125 vCPU is not a Fargate task size; nearest: 0.25 vCPU (0.5–2 GB)",
    );
  });

  it("2 vCPU with 1 GB: the nearest memory 2 vCPU takes is 4 GB (4–16 GB)", () => {
    const nearest = nearestOf({ vcpu: 2, memoryGib: 1 });
    expect(nearest.code).toBe("ERR_FARGATE_MEMORY");
    expect(nearest.params.field).toBe("services[0].memoryGib");
    expect(renderMessage(nearest)).toBe("1 GB is not valid with 2 vCPU on Fargate; nearest: 4 GB (2 vCPU takes 4–16 GB)");
  });

  it("8 vCPU with 18 GB: the nearest of 8 vCPU's 4 GB steps (16, 20, …) is 16 GB (the smaller on a tie)", () => {
    expect(renderMessage(nearestOf({ vcpu: 8, memoryGib: 18 }))).toBe(
      "18 GB is not valid with 8 vCPU on Fargate; nearest: 16 GB (8 vCPU takes 16–60 GB)",
    );
  });
});

describe("pricing-rule errors carry their values", () => {
  it("a duplicate service name names the service and its 1-based number", () => {
    const error = caught(() => modelScenario({ region: "us-east-1", services: [web, web] }, embeddedPriceBook()));
    expect(error.detail).toEqual({
      code: "ERR_DUPLICATE_SERVICE",
      params: { service: "web", serviceNumber: 2, field: "services[1].name" },
    });
    expect(error.message).toBe('[core] INVALID_SCENARIO: service name "web" is used twice (field: services[1].name)');
  });

  it("an unknown region keeps the region", () => {
    const error = caught(() => modelScenario({ region: "xx-east-9", services: [web] }, embeddedPriceBook()));
    expect(error.detail).toEqual({ code: "ERR_UNKNOWN_REGION", params: { region: "xx-east-9", field: "region" } });
  });
});
