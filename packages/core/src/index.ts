/**
 * The public API of @repo/core (published as costcalc-core): every exported name is listed here, nothing
 * else is public. Faces and library users start from `modelScenario` (the one model result,
 * docs/ARCHITECTURE.md "Public API"); the model's internal steps (estimateScenario, analyzeScenario,
 * packing, cheapest fit, the break-even solver, scaling, line builders, ops settings) are not exported —
 * core's own tests import them by path. Each exported function carries an @example where it is defined.
 * @example
 * const result = modelScenario({ region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] }, embeddedPriceBook());
 * formatUsd(result.comparison.patterns[0].monthlyUsd!) //=> "$36.04" (ECS on Fargate: 2 × 730 h × (0.5 × $0.04048 + 1 × $0.004445))
 * checkBudget(result.comparison, new Decimal(40)).verdict //=> "within"
 * comparisonCsv(result.comparison).columns[0] //=> "scenario";  toModelJson(result).patterns[0].lowerBound //=> false
 * renderMessage(checkBudget(result.comparison, new Decimal(40)).message) // the verdict in English, from its code + params
 */

// errors
export { CoreError, coreError, isCoreError, CORE_ERROR_CODES, type CoreErrorCode } from "./errors";

// money and units
export { Decimal, parseDecimal, toQuantity, sumDecimals, toDecimalString } from "./money/decimal";
export { roundToCents, formatUsd } from "./money/round";
export { shownCents, shownUnits } from "./money/shown-cents";
export { STARTER_SCENARIO } from "./scenario/starter-scenario";
export {
  HOURS_PER_MONTH,
  MONTHS_PER_YEAR,
  MONTHS_PER_THREE_YEARS,
  SECONDS_PER_HOUR,
  HOURS_PER_DAY,
  DAYS_PER_MONTH,
  monthlyToYearly,
  secondsToHours,
} from "./units/time";
export {
  BYTES_PER_MIB,
  BYTES_PER_GIB,
  MIB_PER_GIB,
  MILLICORES_PER_VCPU,
  parseCpuMillicores,
  parseMemoryBytes,
  vcpuToMillicores,
  gibToBytes,
  bytesToGib,
  millicoresToVcpu,
} from "./units/data-size";

// price book
export {
  RateSchema,
  RateConfidenceSchema,
  RATE_CONFIDENCES,
  type RateConfidence,
  DecimalStringSchema,
  PriceUnitSchema,
  PRICE_UNITS,
  AWS_SERVICE_CODES,
  NON_AWS_RATE_SOURCES,
  type Rate,
  type PriceUnit,
  type MissingRate,
} from "./price-book/rate";
export { GLOBAL_REGION } from "./price-book/rate";
export { InstanceSpecSchema, type InstanceSpec } from "./price-book/instance-spec";
export { PriceSnapshotSchema, type PriceSnapshot } from "./price-book/snapshot";
export { createPriceBook, shortHash, type PriceBook } from "./price-book/price-book";
export { checkSnapshot } from "./price-book/check-snapshot";
export {
  usageKeys,
  platformLabel,
  FARGATE_PLATFORMS,
  FARGATE_PURCHASE_OPTIONS,
  EBS_VOLUME_TYPES,
  type FargatePlatform,
  type FargatePurchaseOption,
  type EbsVolumeType,
} from "./price-book/usage-keys";
export { LOG_CLASSES, SUPPORT_PLANS, type LogClass, type SupportPlan } from "./price-book/usage-keys";
export { embeddedPriceBook } from "./snapshot/embedded";
export { AWS_REGIONS, AWS_REGION_CODES, awsRegion, type AwsRegion } from "./regions/aws-regions";
export { pricesGap, refreshCommand, type PricesGap } from "./regions/prices-gap";
export { priceCoverage, COVERAGE_GROUPS, type RegionCoverage, type CoverageGroupId, type GroupCoverage } from "./regions/price-coverage";

// Fargate rules
export {
  FARGATE_SIZE_TABLE,
  fargateSizes,
  fargateSizeRows,
  CPU_UNITS_PER_VCPU,
  type FargateSize,
  type FargateOrchestrator,
} from "./fargate/task-sizes";
export { podRequest, type ContainerRequest, type PodRequest } from "./fargate/eks-pod-size";
export { ecsTaskSizeProblem } from "./fargate/ecs-task-size-check";

// reporting currency (issue 21): the one report-edge converter every face uses
export {
  CURRENCIES,
  DEFAULT_JPY_PER_USD,
  DEFAULT_FX_AS_OF,
  DEFAULT_FX_SOURCE,
  type Currency,
  type Money,
  type ExchangeRate,
  type ReportingCurrency,
} from "./currency/currency";
export { ReportingSchema, type Reporting } from "./currency/reporting-schema";
export { resolveReporting } from "./currency/reporting";
export {
  toReportingAmount,
  fromReportingAmount,
  usdFrom,
  reportingMoney,
  formatAmount,
  formatReporting,
  fxText,
  type YenStyle,
} from "./currency/convert";
export {
  SHOWN_PLACES,
  reportingFromJson,
  exactAmountText,
  hourlyAmountText,
  reportingFormats,
  shownReporting,
  shownAmountText,
} from "./currency/reporting-display";
export { currencyJson, withReportingTwins } from "./currency/report-json";

// scenario
export { ScenarioSchema, type Scenario, type ScenarioInput } from "./scenario/scenario-schema";
export {
  ServiceSchema,
  ContainerSchema,
  ScheduleSchema,
  ARCHITECTURES,
  OPERATING_SYSTEMS,
  type Service,
  type ServiceInput,
  type Container,
  type Schedule,
} from "./scenario/service-schema";
export {
  ExtrasSchema,
  EksSchema,
  EKS_SUPPORT_TIERS,
  EKS_CONTROL_PLANE_TIERS,
  type EksControlPlaneTier,
  type Extras,
  type Eks,
} from "./scenario/extras-schema";
export { Ec2Schema, InstanceSelectionSchema, type Ec2, type InstanceSelection } from "./scenario/ec2-schema";
export { parseScenario, formatFieldPath, describeIssue } from "./scenario/parse-scenario";
export { valueAtPath, zodIssueMessage } from "./scenario/zod-issue-message";
export { SCENARIO_LIMITS, rangeText, type NumberLimit, type LimitName } from "./scenario/limits";
export { scenarioJsonSchema } from "./scenario/json-schema";
export {
  NetworkSchema,
  ObservabilitySchema,
  StorageSchema,
  SupportSchema,
  type Network,
  type Observability,
  type Storage,
} from "./scenario/whole-bill-schema";
export { notEstimated, USAGE_DRIVEN_LINES, USAGE_LINE_LABELS, type NotEstimated, type UsageDrivenLine } from "./scenario/not-estimated";
export { resolveService, type ResolvedService, type ResolvedSchedule } from "./scenario/resolve-service";

// lines, patterns, comparison
export { sumLines, sumByCategory, COST_CATEGORIES, type CostLine, type CostCategory } from "./lines/cost-line";
export { renderDetail, detailSeparator } from "./lines/line-detail";
export {
  PATTERN_IDS,
  type PatternId,
  type PatternEstimate,
  type PatternStatus,
  type PatternRef,
  type OrchestratorKind,
  type DataPlaneKind,
  type ManagedNodesKind,
} from "./patterns/pattern";
export { PATTERN_DESCRIPTORS, PATTERN_LABELS, patternDescriptor, patternIdsWhere, type PatternDescriptor } from "./patterns/descriptors";
export { DEFAULT_INSTANCE_TYPES } from "./patterns/ec2-pattern";
export type { NodePlan } from "./ec2/node-plan";

// EC2 data plane: capacity, packing, cheapest fit
export { eksMaxPods, EKS_MAX_PODS_MODES, type EksMaxPodsMode } from "./ec2/max-pods";
export { DaemonSetSchema, DEFAULT_DAEMON_SETS, EKS_SYSTEM_DAEMON_SETS, type DaemonSet } from "./ec2/daemon-sets";
export type { FitCandidate, CheapestFit, Availability } from "./ec2/cheapest-fit";
export { FALLBACK_INSTANCE_TYPES, type PlannedNodeGroups } from "./ec2/plan-node-groups";
export type { NodeGroupDetail, NodeUtilisation, NodeAlternative } from "./ec2/node-group-detail";

// purchase options
export {
  PurchaseSchema,
  Ec2PurchaseSchema,
  EcsFargatePurchaseSchema,
  EksFargatePurchaseSchema,
  EC2_PURCHASE_OPTIONS,
  FARGATE_PURCHASE_CHOICES,
  type Purchase,
  type Ec2Purchase,
  type FargatePurchase,
  type Ec2PurchaseOption,
  type FargatePurchaseChoice,
} from "./purchase/purchase-schema";
export {
  M5_LARGE_RI_ROWS,
  RI_REFERENCE_ON_DEMAND_USD_PER_HOUR,
  SPOT_REFERENCE_USD_PER_HOUR,
  DEFAULT_SPOT_PRICE_RATIO,
  RI_OFFERING_CLASSES,
  PAYMENT_OPTIONS,
  TERM_YEARS,
  type RiOfferingClass,
  type PaymentOption,
  type TermYears,
} from "./purchase/reference-rates";
export type { RateDerivation } from "./purchase/derived-line";
export type { PurchaseSummary } from "./purchase/purchase-summary";

// the one model result (issue 12): entry point, budget gate, cheapest pattern, diffs, messages
export { modelScenario, type ModelResult, type PatternResult, type ModelOptions } from "./model/model-scenario";
export { modelBills, type ModelBills } from "./model/model-bills";
export type { Comparison } from "./compare/estimate-scenario";
export { cheapestPricedPattern } from "./model/cheapest";
export { checkBudget, budgetPatternId, type BudgetCheck, type BudgetVerdict } from "./model/budget";
export type { LineDiff, LineChange } from "./model/line-diff";
export { diffScenarioInputs } from "./model/input-diff";
export { diffResults, type ResultDiff, type PatternDiff, type DeltaCauses } from "./model/result-diff";
export { diffWhy, diffWhyMessages, diffLineReason, diffLineReasonMessage } from "./model/diff-why";
export { totalDelta, type TotalDelta } from "./model/total-delta";
export { message, fillTemplate, type FillOptions, type Message, type MessageParams } from "./messages/message";
export { READING_FORMATS, PARAM_FORMATS, type ParamFormatter } from "./messages/reading-formats";
export {
  renderMessage,
  renderMessageExact,
  renderMessageWith,
  ENGLISH_TEMPLATES,
  MESSAGE_CODES,
  type MessageCode,
} from "./messages/english";

// portfolios: per-service and per-tag totals, shared costs allocated exactly
export { ALLOCATION_UNIT_USD } from "./portfolio/allocate-by-weights";
export type { ServiceCost } from "./portfolio/allocate-pattern";
export { UNTAGGED, type GroupTotal } from "./portfolio/group-totals";
export {
  estimatePortfolio,
  PortfolioOptionsSchema,
  type Portfolio,
  type PortfolioOptions,
  type PortfolioPattern,
} from "./portfolio/estimate-portfolio";
export { toPortfolioJson, portfolioJson, type PortfolioJson } from "./portfolio/portfolio-json";

// ops effort, TCO and decisions (issue 6)
export {
  OpsSchema,
  WorkloadFeaturesSchema,
  HoursOverrideSchema,
  ScalingRulesSchema,
  OPS_LEVELS,
  OPS_ACTIVITY_IDS,
  UPGRADE_POLICIES,
  type Ops,
  type OpsInput,
  type OpsLevel,
  type OpsActivityId,
  type UpgradePolicy,
  type WorkloadFeatures,
  type HoursOverride,
} from "./scenario/ops-schema";
export { band, mapBand, sumBands, bandText, type Band } from "./ops/bands";
export { FIRST_CLUSTER_HOURS, type RecurringActivityId } from "./ops/activity-defaults";
export { ENGINEER_HOURLY_USD, engineerRate, type LabourRate } from "./ops/engineer-rate";
export { LABOUR_MARKETS, LABOUR_MARKET_IDS, JP_SUGGESTED_REGIONS, type LabourMarket, type LabourMarketId } from "./ops/labour-markets";
export type { PatternOps, PricedActivity } from "./ops/estimate-ops";
export type { ActivityEffort } from "./ops/pattern-ops";
export type { OpsDrivers } from "./ops/drivers";
export type { Constraint, ConstraintRuleId, ConstraintEffect } from "./decisions/constraints";
export { TRADE_OFF_MATRIX, type TradeOffRow, type TradeOffCell, type Support } from "./decisions/trade-off-matrix";
export { triggeredMatrixCells } from "./decisions/constraint-matrix";
export type { PatternTco } from "./decisions/tco";
export { upgradePaths, type UpgradePaths, type UpgradePath } from "./decisions/upgrade-paths";
export { multiplier, multiplierText, type Multiplier } from "./decisions/scale-workload";
export type { ScalePoint } from "./decisions/evaluate-at-scale";
export type { BreakEvenResult, Crossing, PairBreakEven, SolverOptions } from "./decisions/break-even";
export type { SensitivityRow, SensitivityId } from "./decisions/sensitivity";
export type { Recommendation } from "./decisions/recommendation";
export type { Assumption } from "./decisions/assumptions";
export type { Analysis } from "./decisions/analyze-scenario";
export { toAnalysisJson, type AnalysisJson } from "./decisions/analysis-json";
export { toModelJson, type ModelJson } from "./serialize/model-json";
export { comparisonCsv, COMPARISON_CSV_COLUMNS, type CsvTable } from "./serialize/comparison-csv";
export { reviewCsv, REVIEW_CSV_COLUMNS } from "./serialize/review-csv";
export { compareCsv, COMPARE_CSV_COLUMNS, type LabelledComparison } from "./serialize/compare-csv";
export { diffCsv, DIFF_CSV_COLUMNS } from "./serialize/diff-csv";
export { compareJson, type CompareJson } from "./serialize/compare-json";
export { diffJson, type DiffJson, type DiffSide } from "./serialize/diff-json";
export { reportDocument, reportingCsv } from "./serialize/report-document";
export { portfolioCsv, PORTFOLIO_CSV_COLUMNS, tagsText } from "./serialize/portfolio-csv";
export { toExportJson, scenarioOfDocument, EXPORT_FORMAT, type ExportJson } from "./serialize/export-json";
export { toComparisonJson, type ComparisonJson } from "./serialize/comparison-json";
export { csvCell, neutraliseFormula } from "./serialize/csv-cell";
export {
  EXPORT_KINDS,
  EXPORT_KIND_IDS,
  exportKindsFor,
  exportKind,
  exportFileName,
  buildExport,
  type ExportKind,
  type ExportKindId,
  type ExportKindFor,
  type ExportFace,
  type ExportDocuments,
} from "./serialize/export-kinds";
