import { coreError, Decimal } from "@repo/core";
import type { ServiceInput } from "../core-types";
import { accountFields, isRecord } from "../field-accounting";
import { warning, type ImportResult, type ImportWarning } from "../import-result";
import { parseWith } from "../parse-with";
import { cronRuns } from "./cron-runs";
import { podSpecFields } from "./pod-spec";
import { CronJobSchema, JobSchema, ReplicatedSchema, WORKLOAD_KINDS, type JobSpec } from "./workload-schema";

/** Run length assumed for a Job without activeDeadlineSeconds (the API holds no expected duration). */
export const ASSUMED_JOB_SECONDS = 3600;

function tagsOf(metadata: {
  namespace?: string | undefined;
  labels?: Record<string, string> | undefined;
}): Record<string, string> | undefined {
  const tags = { ...(metadata.labels ?? {}), ...(metadata.namespace ? { namespace: metadata.namespace } : {}) };
  return Object.keys(tags).length > 0 ? tags : undefined;
}

/** A Job spec → concurrent pods and pod-runs per Job run (each completion is one pod run). */
function jobShape(spec: JobSpec, source: string, path: string, warnings: ImportWarning[]) {
  const completions = spec.completions ?? 1;
  const taskCount = Math.min(spec.parallelism ?? 1, completions);
  const durationSeconds = spec.activeDeadlineSeconds ?? ASSUMED_JOB_SECONDS;
  warnings.push(
    spec.activeDeadlineSeconds !== undefined
      ? warning(
          "assumed",
          source,
          `${path}.activeDeadlineSeconds`,
          `each pod is billed for the whole deadline of ${durationSeconds} s (an upper bound); set schedule.durationSeconds to the real run time`,
        )
      : warning(
          "assumed",
          source,
          `${path}`,
          `no run time in a Job: ${ASSUMED_JOB_SECONDS} s per pod assumed; set schedule.durationSeconds`,
        ),
  );
  warnings.push(...accountFields(spec, { used: ["parallelism", "completions", "activeDeadlineSeconds", "template"] }, source, path));
  return { taskCount, runsPerJob: new Decimal(completions).div(taskCount || 1), durationSeconds };
}

/**
 * One Kubernetes object → services. Deployment / StatefulSet: replicas (default 1) always on.
 * Job: once a month (assumed), min(parallelism, completions) pods × completions ÷ that many runs.
 * CronJob: its schedule's runs per average month × the Job's runs. Other kinds are skipped and reported.
 * @example importKubernetesObject({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { replicas: 3, template: { spec: { containers: [{ name: "app", resources: { requests: { cpu: "500m", memory: "1Gi" } } }] } } } }, "k8s.yaml").services
 * //=> [{ name: "web", taskCount: 3, containers: [{ name: "app", cpu: "500m", memory: "1Gi" }] }]
 */
export function importKubernetesObject(document: unknown, source: string): ImportResult {
  if (!isRecord(document) || typeof document.kind !== "string") {
    throw coreError("INVALID_WORKLOAD", `${source}: not a Kubernetes object (no kind)`, { field: "kind", allowed: WORKLOAD_KINDS });
  }
  const kind = document.kind;
  const warnings: ImportWarning[] = [];
  const label = (name: string) => `${source} ${kind}/${name}`;
  if (kind === "List" && Array.isArray(document.items)) {
    const results = document.items.map((item) => importKubernetesObject(item, source));
    return { services: results.flatMap((r) => r.services), warnings: results.flatMap((r) => r.warnings) };
  }
  if (!(WORKLOAD_KINDS as readonly string[]).includes(kind)) {
    const name = isRecord(document.metadata) && typeof document.metadata.name === "string" ? document.metadata.name : "?";
    return {
      services: [],
      warnings: [
        warning("skipped", `${source} ${kind}/${name}`, "kind", `${kind} is not a workload (priced kinds: ${WORKLOAD_KINDS.join(", ")})`),
      ],
    };
  }
  const topUsed = { used: ["apiVersion", "kind", "metadata", "spec"], unsupported: {} };
  if (kind === "Deployment" || kind === "StatefulSet") {
    const object = parseWith(ReplicatedSchema, document, source, "");
    const src = label(object.metadata.name);
    warnings.push(...accountFields(document, topUsed, src, ""));
    const unsupported: Record<string, string> =
      kind === "StatefulSet" ? { volumeClaimTemplates: "persistent volume claims are not priced (EBS volumes are billed separately)" } : {};
    warnings.push(...accountFields(object.spec, { used: ["replicas", "template"], unsupported }, src, "spec"));
    const service: ServiceInput = {
      name: object.metadata.name,
      taskCount: object.spec.replicas ?? 1,
      ...podSpecFields(object.spec.template.spec, src, "spec.template.spec", warnings),
    };
    if (object.spec.replicas === undefined)
      warnings.push(
        warning("assumed", src, "spec.replicas", "not set: 1 replica (the Kubernetes default); a HorizontalPodAutoscaler is not read"),
      );
    const tags = tagsOf(object.metadata);
    return { services: [{ ...service, ...(tags ? { tags } : {}) }], warnings };
  }
  if (kind === "Job") {
    const object = parseWith(JobSchema, document, source, "");
    const src = label(object.metadata.name);
    warnings.push(...accountFields(document, topUsed, src, ""));
    const shape = jobShape(object.spec, src, "spec", warnings);
    warnings.push(warning("assumed", src, "kind", "a Job runs once: priced as one run a month"));
    const tags = tagsOf(object.metadata);
    return {
      services: [
        {
          name: object.metadata.name,
          taskCount: shape.taskCount,
          ...podSpecFields(object.spec.template.spec, src, "spec.template.spec", warnings),
          schedule: { runsPerMonth: shape.runsPerJob.toNumber(), durationSeconds: shape.durationSeconds },
          ...(tags ? { tags } : {}),
        },
      ],
      warnings,
    };
  }
  const object = parseWith(CronJobSchema, document, source, "");
  const src = label(object.metadata.name);
  warnings.push(...accountFields(document, topUsed, src, ""));
  warnings.push(...accountFields(object.spec, { used: ["schedule", "suspend", "jobTemplate"] }, src, "spec"));
  if (object.spec.suspend) warnings.push(warning("assumed", src, "spec.suspend", "the CronJob is suspended; priced as if it ran"));
  const shape = jobShape(object.spec.jobTemplate.spec, src, "spec.jobTemplate.spec", warnings);
  const runs = cronRuns(object.spec.schedule);
  if (runs.note) warnings.push(warning("assumed", src, "spec.schedule", runs.note));
  const perRun = shape.runsPerJob;
  const schedule =
    runs.runsPerDay !== undefined
      ? { runsPerDay: perRun.times(runs.runsPerDay).toDecimalPlaces(4).toNumber(), durationSeconds: shape.durationSeconds }
      : {
          runsPerMonth: perRun
            .times(runs.runsPerMonth ?? 0)
            .toDecimalPlaces(4)
            .toNumber(),
          durationSeconds: shape.durationSeconds,
        };
  const tags = tagsOf(object.metadata);
  return {
    services: [
      {
        name: object.metadata.name,
        taskCount: shape.taskCount,
        ...podSpecFields(object.spec.jobTemplate.spec.template.spec, src, "spec.jobTemplate.spec.template.spec", warnings),
        schedule,
        ...(tags ? { tags } : {}),
      },
    ],
    warnings,
  };
}
