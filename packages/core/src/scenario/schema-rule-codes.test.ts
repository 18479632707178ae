import { z } from "zod";
import { describe, expect, it } from "vitest";
import { caughtCoreError } from "../testing/caught-core-error";
import type { CoreError } from "../errors";
import { ENGLISH_TEMPLATES, renderMessage } from "../messages/english";
import { placeholderNames } from "../messages/message";
import { parseScenario } from "./parse-scenario";
import { zodIssueMessage } from "./zod-issue-message";

const web = { name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 };
const caught = (input: unknown): CoreError => caughtCoreError(() => parseScenario(input));
const scenario = (more: Record<string, unknown>, service: Record<string, unknown> = {}) => ({
  region: "us-east-1",
  services: [{ ...web, ...service }],
  ...more,
});

/**
 * Cross-field schema rules were English sentences (the removed ERR_RULE {text}); each is now a code with the values
 * it names, and the CLI's English is what it was (the offending value follows as "(got …)").
 */
const RULES: { why: string; input: unknown; code: string; params: Record<string, string | number>; english: string }[] = [
  {
    why: "a region must look like an AWS region code (two letters, a direction, a number)",
    input: { ...scenario({}), region: "Tokyo" },
    code: "ERR_REGION_CODE_FORMAT",
    params: { field: "region", value: '"Tokyo"' },
    english: 'must be an AWS region code such as us-east-1 (got "Tokyo")',
  },
  {
    why: "hoursPerMonth (part-time) and runsPerDay (batch) are two schedules: one only",
    input: scenario({}, { schedule: { hoursPerMonth: 100, runsPerDay: 1, durationSeconds: 60 } }),
    code: "ERR_SCHEDULE_HOURS_AND_RUNS",
    params: { field: "services[0].schedule", service: "web", serviceNumber: 1 },
    english: "give either hoursPerMonth or runsPerDay/runsPerMonth + durationSeconds, not both",
  },
  {
    why: "intervalSeconds only means something for a batch schedule; the field named is a parameter",
    input: scenario({}, { schedule: { intervalSeconds: 60 } }),
    code: "ERR_SCHEDULE_NEEDS_RUNS",
    params: { batchField: "intervalSeconds", field: "services[0].schedule.intervalSeconds", value: "60" },
    english: "intervalSeconds needs runsPerDay or runsPerMonth (got 60)",
  },
  {
    why: "io2 allows 1,000 IOPS per GiB: 30 GiB takes up to 30,000 (AWS EBS io2 Block Express limits)",
    input: scenario({ ec2: { rootVolumeType: "io2", rootVolumeGib: 30, rootVolumeIops: 40000 } }),
    code: "ERR_IO2_IOPS",
    params: { perGib: 1000, sizeGib: 30, max: 30000, value: "40000", field: "ec2.rootVolumeIops" },
    english: "io2 allows at most 1000 IOPS per GiB: 30 GiB takes up to 30000 (got 40000)",
  },
  {
    why: "gp3 takes 3,000–16,000 IOPS; the value is said once (the old sentence said '(got 20000)' twice)",
    input: scenario({ ec2: { rootVolumeIops: 20000 } }),
    code: "ERR_GP3_IOPS",
    params: { min: 3000, max: 16000, value: "20000" },
    english: "gp3 volumes take 3000 to 16000 IOPS (got 20000)",
  },
  {
    why: "a gp3 persistent volume is at most 16,384 GiB (16 TiB, the largest gp3 volume): the value leads the sentence",
    input: scenario({}, { persistentVolumes: [{ name: "data", kind: "gp3", sizeGib: 70000 }] }),
    code: "ERR_VOLUME_TOO_LARGE",
    params: { max: 16384, kind: "gp3", value: "70000", field: "services[0].persistentVolumes[0].sizeGib" },
    english: "70000 is out of range, allowed: above 0 to 16384 (the largest gp3 volume)",
  },
  {
    why: "reservedInstances only apply when the option is reserved; the chosen option is a parameter",
    input: scenario({ purchase: { ec2: { option: "on-demand", reservedInstances: { "m6i.large": 1 } } } }),
    code: "ERR_RESERVED_OPTION_ONLY",
    params: { option: "on-demand", field: "purchase.ec2.reservedInstances" },
    english: "reservedInstances applies to option reserved only (option is on-demand)",
  },
  {
    why: "a commitment and a coverage both size the plan: one only",
    input: scenario({
      purchase: { fargate: { ecs: { option: "compute-savings-plan", savingsPlan: { commitmentUsdPerHour: "1", coveragePercent: 50 } } } },
    }),
    code: "ERR_COMMITMENT_AND_COVERAGE",
    params: { field: "purchase.fargate.ecs.savingsPlan.coveragePercent", value: "50" },
    english: "give commitmentUsdPerHour or coveragePercent, not both (got 50)",
  },
  {
    why: "zod's own check (availabilityZones is 1 to 6): its code and bound, with zod's sentence",
    input: scenario({ ec2: { availabilityZones: 9 } }),
    code: "ERR_ZOD_TOO_BIG",
    params: { origin: "number", relation: "<=", maximum: "6", value: "9" },
    english: "Too big: expected number to be <=6 (got 9)",
  },
];

describe("schema rules are codes with parameters, the English unchanged", () => {
  it.each(RULES)("$code: $why", ({ input, code, params, english }) => {
    const { detail, message } = caught(input);
    const rule = detail.code === "ERR_WITH_VALUE" ? detail.params.rule : detail.code;
    expect(rule).toBe(code);
    expect(detail.params).toMatchObject(params);
    expect(renderMessage(detail)).toBe(english);
    expect(message.startsWith(`[core] INVALID_SCENARIO: ${english} (field: `)).toBe(true);
  });

  it.each(RULES)("$code: its template's placeholders are all filled by the thrown parameters", ({ input }) => {
    const { detail } = caught(input);
    const codes = [detail.code, String(detail.params.rule ?? detail.code)];
    for (const code of codes) {
      const template = (ENGLISH_TEMPLATES as Record<string, string>)[code] ?? "";
      expect(template, code).not.toBe("");
      expect(placeholderNames(template).filter((name) => !(name in detail.params))).toEqual([]);
    }
  });
});

/** zod's own checks: the code's English template is zod's sentence, so rendering it gives zod's message exactly. */
const ZOD_CASES: { why: string; code: string; schema: z.ZodType; value: unknown }[] = [
  { why: "a number where a string belongs", code: "ERR_ZOD_TYPE", schema: z.object({ a: z.string() }), value: { a: 5 } },
  { why: "a missing field is 'received undefined'", code: "ERR_ZOD_TYPE", schema: z.object({ a: z.number() }), value: {} },
  { why: "NaN is named NaN", code: "ERR_ZOD_TYPE", schema: z.object({ a: z.string() }), value: { a: Number.NaN } },
  { why: "a string too long", code: "ERR_ZOD_TOO_BIG_CHARACTERS", schema: z.object({ a: z.string().max(3) }), value: { a: "abcd" } },
  { why: "an array too short", code: "ERR_ZOD_TOO_SMALL_ITEMS", schema: z.object({ a: z.array(z.number()).min(2) }), value: { a: [1] } },
  { why: "a number above an exclusive bound", code: "ERR_ZOD_TOO_BIG", schema: z.object({ a: z.number().lt(5) }), value: { a: 5 } },
  { why: "a number not positive", code: "ERR_ZOD_TOO_SMALL", schema: z.object({ a: z.number().positive() }), value: { a: 0 } },
  {
    why: "a string not matching a pattern",
    code: "ERR_ZOD_PATTERN",
    schema: z.object({ a: z.string().regex(/^\d{4}$/) }),
    value: { a: "x" },
  },
  { why: "a literal", code: "ERR_ZOD_LITERAL", schema: z.object({ a: z.literal(1) }), value: { a: 2 } },
  {
    why: "a union none of whose options match",
    code: "ERR_ZOD_INVALID",
    schema: z.object({ a: z.union([z.literal(1), z.literal(3)]) }),
    value: { a: 2 },
  },
  {
    why: "unknown keys of a strict object",
    code: "ERR_ZOD_UNRECOGNIZED_KEYS",
    schema: z.strictObject({ a: z.number() }),
    value: { a: 1, b: 2, c: 3 },
  },
  { why: "a multiple-of check", code: "ERR_ZOD_MULTIPLE_OF", schema: z.object({ a: z.number().multipleOf(5) }), value: { a: 7 } },
];

describe("zodIssueMessage: zod's own checks as codes whose English is zod's message", () => {
  it.each(ZOD_CASES)("$code: $why", ({ code, schema, value }) => {
    const result = schema.safeParse(value);
    const issue = result.error?.issues[0];
    expect(issue).toBeDefined();
    if (!issue) return;
    const coded = zodIssueMessage(issue, (value as Record<string, unknown>).a);
    expect(coded.code).toBe(code);
    expect(renderMessage(coded)).toBe(issue.message);
  });
});
