import { COST_CATEGORIES, CURRENCIES, PATTERN_IDS, USAGE_DRIVEN_LINES, type UsageDrivenLine } from "@repo/core";
import { z } from "zod";
import type { JsonOutputKind } from "./json-output-kinds";

/**
 * zod schemas of every `--format json` document: the single source of their JSON Schemas
 * (`costcalc schema --output <kind>`, committed under docs/json-schema/) and checked against the
 * golden outputs. Amounts are exact decimal strings (unrounded); null = no total (ruled out).
 * The estimate document is open (additional properties allowed) because other modules add sections
 * to it; compare, diff, portfolio and import documents are closed.
 */
const Usd = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe("exact decimal string, USD");
const UsdOrNull = Usd.nullable();
const Jpy = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe("exact decimal string, JPY: the twin of the `xUsd` amount beside it at the report's one rate (JPY reports only)");

/**
 * The schema of a document whose amounts may have JPY twins (core's `withReportingTwins`): every `xUsd` key of
 * every object gains an optional `xJpy` (nullable where it is), so the closed schemas stay closed.
 */
function withJpyTwins<T extends z.ZodType>(schema: T): T {
  const described = <S extends z.ZodType>(out: S): S => (schema.description ? out.describe(schema.description) : out);
  if (schema instanceof z.ZodObject) {
    const changes: Record<string, z.ZodType> = {};
    for (const [key, value] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      changes[key] = withJpyTwins(value);
      if (key.endsWith("Usd") && key !== "jpyPerUsd") {
        changes[`${key.slice(0, -3)}Jpy`] = (value instanceof z.ZodNullable ? Jpy.nullable() : Jpy).optional();
      }
    }
    return described(schema.extend(changes)) as unknown as T;
  }
  if (schema instanceof z.ZodArray) return described(z.array(withJpyTwins(schema.element as z.ZodType))) as unknown as T;
  if (schema instanceof z.ZodOptional) return withJpyTwins(schema.unwrap() as z.ZodType).optional() as unknown as T;
  return schema;
}

/** The reporting block of compare / diff / portfolio: the currency and the one dated rate every figure uses. */
const ReportBlock = z
  .strictObject({
    currency: z
      .enum(CURRENCIES)
      .describe("every amount is also given in this currency: in a JPY report each `xUsd` has an exact `xJpy` twin"),
    exchangeRate: z.strictObject({
      jpyPerUsd: Usd.describe("yen per US dollar, the one rate of the report (the flags', else the first scenario's)"),
      asOf: z.string(),
      source: z.string(),
      userSet: z.boolean(),
    }),
  })
  .describe("reporting currency and the one exchange rate of the report (issue 21)");

const PatternId = z.enum(PATTERN_IDS);
const Status = z.enum(["priced", "incomplete", "ruled-out"]);
const LowerBound = z.boolean().describe("true when rates are missing (status incomplete): the totals are lower bounds, shown as ≥ $X");
const PriceSnapshot = z.strictObject({
  id: z.string(),
  asOf: z.string(),
  description: z.string(),
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

const CoreMessage = z.strictObject({
  code: z.string().describe("stable message code (packages/core/src/messages)"),
  params: z.record(z.string(), z.union([z.string(), z.number()])).describe("raw values: ids, numbers, decimal strings"),
});
const UsageLine = z.enum(Object.keys(USAGE_DRIVEN_LINES) as [UsageDrivenLine, ...UsageDrivenLine[]]);
/** core's NotEstimated: a USAGE_NOT_ESTIMATED message (code + params) with its line and inputs as typed fields. */
const NotEstimatedList = z
  .array(
    z.strictObject({
      code: z.literal("USAGE_NOT_ESTIMATED"),
      params: z.strictObject({ line: UsageLine, label: z.string(), inputs: z.string() }),
      line: UsageLine,
      inputs: z.array(z.string()).describe("scenario fields that include the line"),
    }),
  )
  .describe("usage-driven lines left at zero: the totals leave them out");

const EstimateLine = z.looseObject({
  id: z.string(),
  name: z.string().describe("the line's name in English, rendered from nameMessage"),
  nameMessage: CoreMessage.describe("the name as a message code + parameters (sub-labels are nested codes)"),
  category: z.enum(COST_CATEGORIES),
  service: z.string().optional(),
  quantity: Usd,
  unit: z.string(),
  rateUsd: Usd,
  monthlyUsd: Usd,
  detail: z.string(),
  rate: z.looseObject({ region: z.string(), usage: z.string(), sourceId: z.string(), asOf: z.string() }),
});
const Reporting = z
  .looseObject({
    currency: z
      .enum(CURRENCIES)
      .describe("every amount is also given in this currency: in a JPY report each `xUsd` has an exact `xJpy` twin"),
    exchangeRate: z.strictObject({
      jpyPerUsd: Usd.describe("yen per US dollar, the one rate of the report"),
      asOf: z.string(),
      source: z.string(),
      userSet: z.boolean(),
    }),
    consumptionTax: z.boolean().describe("true: each pattern has a `shared:consumption-tax` line, 10 % of its AWS lines"),
    labour: z.looseObject({
      market: z.enum(["us", "jp", "custom"]),
      hourly: z.strictObject({ amount: Usd, currency: z.enum(CURRENCIES) }),
      hourlyUsd: Usd,
    }),
    suggestions: z.array(z.looseObject({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })),
  })
  .describe("reporting currency, exchange rate, engineer rate as given, visible suggestions (issue 21)");
export const EstimateJsonSchema = z
  .looseObject({
    reporting: Reporting,
    scenario: z.string(),
    region: z.string(),
    priceSnapshot: PriceSnapshot,
    patterns: z.array(
      z.looseObject({
        id: PatternId,
        label: z.string(),
        status: Status,
        lowerBound: LowerBound,
        monthlyUsd: UsdOrNull,
        yearlyUsd: UsdOrNull,
        threeYearUsd: UsdOrNull,
        ruledOutReasons: z.array(z.string()),
        missingRates: z.array(z.looseObject({ region: z.string(), usage: z.string(), neededFor: z.string() })),
        notes: z.array(z.string()).describe("the notes in English, rendered from noteMessages"),
        noteMessages: z.array(CoreMessage).describe("the same notes as message codes + parameters"),
        lines: z.array(EstimateLine),
      }),
    ),
    notEstimated: NotEstimatedList,
    workloadWarnings: z
      .array(
        z.strictObject({
          code: z.string(),
          params: z.record(z.string(), z.union([z.string(), z.number()])),
          text: z.string().describe("core's English rendering"),
        }),
      )
      .describe("warnings about the workload (batch schedules, default requests), the same for every pattern"),
    // the analysis's sentences as codes (issue 12 item 5): each English string beside its message
    recommendation: z.looseObject({
      reasons: z.array(z.string()).describe("English, rendered from reasonMessages"),
      wouldChange: z.array(z.string()).describe("English, rendered from wouldChangeMessages"),
      reasonMessages: z.array(CoreMessage),
      wouldChangeMessages: z.array(CoreMessage),
    }),
    sensitivity: z.array(
      z.looseObject({
        id: z.string(),
        label: z.string(),
        labelMessage: CoreMessage,
        unitMessage: CoreMessage,
        basisMessage: CoreMessage,
        valueFormat: z.enum(["money", "multiplier", "percent"]).describe("how a reader sees the row's values ($/h, ×, %)"),
      }),
    ),
    tradeOffMatrix: z.array(
      z.looseObject({
        id: z.string(),
        label: z.string(),
        labelMessage: CoreMessage,
        cells: z.record(
          z.string(),
          z.looseObject({ support: z.enum(["yes", "partial", "no"]), text: z.string(), textMessage: CoreMessage }),
        ),
      }),
    ),
    assumptions: z.array(
      z.looseObject({
        id: z.string(),
        label: z.string(),
        value: z.string(),
        source: z.string(),
        labelMessage: CoreMessage,
        valueMessage: CoreMessage,
        sourceMessage: CoreMessage,
      }),
    ),
  })
  .describe("costcalc estimate --format json");

export const CompareJsonSchema = withJpyTwins(
  z.strictObject({
    kind: z.literal("compare"),
    reporting: ReportBlock,
    priceSnapshot: PriceSnapshot.optional(),
    scenarios: z.array(
      z.strictObject({
        label: z.string(),
        file: z.string(),
        scenario: z.string(),
        region: z.string(),
        cheapestPattern: PatternId.nullable(),
        notEstimated: NotEstimatedList,
        patterns: z.array(
          z.strictObject({
            id: PatternId,
            label: z.string(),
            status: Status,
            lowerBound: LowerBound,
            monthlyUsd: UsdOrNull,
            yearlyUsd: UsdOrNull,
            threeYearUsd: UsdOrNull,
            deltaMonthlyUsd: UsdOrNull.describe("this scenario − the first scenario"),
            deltaYearlyUsd: UsdOrNull,
            deltaLowerBound: z.boolean().describe("either side is a lower bound: the delta is not the real change"),
          }),
        ),
      }),
    ),
  }),
).describe("costcalc compare --format json");

const Side = z.strictObject({ file: z.string(), scenario: z.string(), region: z.string(), priceSnapshot: PriceSnapshot });
export const DiffJsonSchema = withJpyTwins(
  z.strictObject({
    kind: z.literal("diff"),
    reporting: ReportBlock,
    base: Side,
    proposed: Side,
    inputsChanged: z.array(z.string()).describe("scenario fields that differ after defaults, services keyed by name"),
    notEstimated: z.strictObject({ base: NotEstimatedList, proposed: NotEstimatedList }),
    patterns: z.array(
      z.strictObject({
        id: PatternId,
        label: z.string(),
        baseStatus: Status.nullable(),
        proposedStatus: Status.nullable(),
        baseLowerBound: LowerBound,
        proposedLowerBound: LowerBound,
        deltaLowerBound: z.boolean().describe("either side is a lower bound: the delta is not the real change"),
        baseMonthlyUsd: UsdOrNull,
        proposedMonthlyUsd: UsdOrNull,
        deltaMonthlyUsd: UsdOrNull,
        deltaYearlyUsd: UsdOrNull,
        deltaThreeYearUsd: UsdOrNull,
        why: z.array(z.string()).describe("the delta by cause, then the largest line changes"),
        lines: z.array(
          z.strictObject({
            id: z.string(),
            name: z.string(),
            category: z.string(),
            service: z.string().optional(),
            change: z.enum(["added", "removed", "changed", "unchanged"]),
            baseMonthlyUsd: UsdOrNull,
            proposedMonthlyUsd: UsdOrNull,
            deltaMonthlyUsd: Usd,
            deltaYearlyUsd: Usd,
            quantityEffectUsd: Usd.describe("(q₁ − q₀) × r₀"),
            rateEffectUsd: Usd.describe("q₁ × (r₁ − r₀); the two effects sum to deltaMonthlyUsd"),
            baseQuantity: UsdOrNull,
            proposedQuantity: UsdOrNull,
            unit: z.string(),
            baseRateUsd: UsdOrNull,
            proposedRateUsd: UsdOrNull,
          }),
        ),
      }),
    ),
  }),
).describe("costcalc diff --format json");

export const PortfolioJsonSchema = withJpyTwins(
  z.strictObject({
    kind: z.literal("portfolio"),
    reporting: ReportBlock,
    scenario: z.string(),
    region: z.string(),
    priceSnapshot: PriceSnapshot,
    groupBy: z.array(z.string()),
    allocation: z.strictObject({ method: z.literal("largest-remainder"), unitUsd: Usd, key: z.string() }),
    serviceCount: z.number().int(),
    patterns: z.array(
      z.strictObject({
        id: PatternId,
        label: z.string(),
        status: Status,
        lowerBound: LowerBound,
        monthlyUsd: UsdOrNull,
        yearlyUsd: UsdOrNull,
        threeYearUsd: UsdOrNull,
        services: z.array(
          z.strictObject({
            name: z.string(),
            tags: z.record(z.string(), z.string()),
            directUsd: Usd,
            sharedUsd: Usd,
            monthlyUsd: Usd,
            yearlyUsd: Usd,
          }),
        ),
        groups: z.array(
          z.strictObject({
            tagKey: z.string(),
            totals: z.array(
              z.strictObject({ value: z.string(), serviceCount: z.number().int(), monthlyUsd: Usd, yearlyUsd: Usd, threeYearUsd: Usd }),
            ),
          }),
        ),
      }),
    ),
    notEstimated: NotEstimatedList,
  }),
).describe("costcalc portfolio --format json");

export const ImportJsonSchema = z
  .strictObject({
    kind: z.literal("import"),
    scenario: z
      .looseObject({ name: z.string(), region: z.string(), services: z.array(z.looseObject({ name: z.string(), taskCount: z.number() })) })
      .describe("a scenario file (see `costcalc schema`)"),
    warnings: z.array(
      z.strictObject({
        kind: z.enum(["unsupported", "assumed", "ignored", "skipped"]),
        source: z.string(),
        field: z.string(),
        message: z.string(),
      }),
    ),
  })
  .describe("costcalc import --format json");

export const JSON_OUTPUT_SCHEMAS = {
  estimate: EstimateJsonSchema,
  compare: CompareJsonSchema,
  diff: DiffJsonSchema,
  portfolio: PortfolioJsonSchema,
  import: ImportJsonSchema,
} as const satisfies Record<JsonOutputKind, z.ZodType>;
export type { JsonOutputKind };

/** The JSON Schema (draft 2020-12) of one command's JSON output. */
export function jsonOutputSchema(kind: JsonOutputKind): Record<string, unknown> {
  return z.toJSONSchema(JSON_OUTPUT_SCHEMAS[kind], { target: "draft-2020-12" }) as Record<string, unknown>;
}
