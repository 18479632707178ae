import type { MessageCode } from "@repo/core";
import { JA_ASSUMPTION_TEMPLATES } from "./assumptions";
import { JA_BUDGET_NOTE_TEMPLATES } from "./budget-notes";
import { JA_CONSTRAINT_TEMPLATES } from "./constraints";
import { JA_CURRENCY_TEMPLATES } from "./currency";
import { JA_DIFF_TEMPLATES } from "./diff";
import { JA_EC2_GENERATION_TEMPLATES } from "./ec2-generation";
import { JA_ERROR_TEMPLATES } from "./errors";
import { JA_IMPORT_ERROR_TEMPLATES } from "./import-errors";
import { JA_PRICING_ERROR_TEMPLATES } from "./pricing-errors";
import { JA_SCHEMA_ERROR_TEMPLATES } from "./schema-errors";
import { JA_SNAPSHOT_ERROR_TEMPLATES } from "./snapshot-errors";
import { JA_FARGATE_SIZE_TEMPLATES } from "./fargate-size";
import { JA_LINE_TEMPLATES } from "./lines";
import { JA_WORKLOAD_TEMPLATES } from "./workload";
import { JA_MANAGED_NODES_TEMPLATES } from "./managed-nodes";
import { JA_MATRIX_TEMPLATES } from "./matrix";
import { JA_RECOMMENDATION_TEMPLATES } from "./recommendation";
import { JA_SENSITIVITY_TEMPLATES } from "./sensitivity";
import { JA_NOTE_TEMPLATES } from "./notes";
import { JA_OPS_ACTIVITY_TEMPLATES } from "./ops-activities";
import { JA_DETAIL_TEMPLATES } from "./details";
import { JA_OPS_RULE_TEMPLATES } from "./ops-rules";
import { JA_STORAGE_TEMPLATES } from "./storage";
import { JA_WORKLOAD_WARNING_TEMPLATES } from "./workload-warnings";

/**
 * The ONE Japanese catalog of core's message codes (K owns it; whoever adds a code in
 * packages/core/src/messages adds its Japanese in one of these area files). The compiler checks
 * that every code has a Japanese template; `catalog.test.ts` checks that no stale code is left, that
 * each template keeps the English one's placeholders and that it uses glossary-ja.csv's terms.
 * Translators: see apps/web/GLOSSARY-ja.md.
 */
export const JA_TEMPLATES = {
  ...JA_BUDGET_NOTE_TEMPLATES,
  ...JA_CONSTRAINT_TEMPLATES,
  ...JA_CURRENCY_TEMPLATES,
  ...JA_DIFF_TEMPLATES,
  ...JA_EC2_GENERATION_TEMPLATES,
  ...JA_ERROR_TEMPLATES,
  ...JA_SNAPSHOT_ERROR_TEMPLATES,
  ...JA_SCHEMA_ERROR_TEMPLATES,
  ...JA_PRICING_ERROR_TEMPLATES,
  ...JA_IMPORT_ERROR_TEMPLATES,
  ...JA_FARGATE_SIZE_TEMPLATES,
  ...JA_LINE_TEMPLATES,
  ...JA_WORKLOAD_TEMPLATES,
  ...JA_MANAGED_NODES_TEMPLATES,
  ...JA_NOTE_TEMPLATES,
  ...JA_STORAGE_TEMPLATES,
  ...JA_WORKLOAD_WARNING_TEMPLATES,
  ...JA_RECOMMENDATION_TEMPLATES,
  ...JA_SENSITIVITY_TEMPLATES,
  ...JA_MATRIX_TEMPLATES,
  ...JA_ASSUMPTION_TEMPLATES,
  ...JA_OPS_ACTIVITY_TEMPLATES,
  ...JA_DETAIL_TEMPLATES,
  ...JA_OPS_RULE_TEMPLATES,
} as const satisfies Record<MessageCode, string>;
