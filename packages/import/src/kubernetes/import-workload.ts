import { coreError, Decimal, message } from "@repo/core";
import type { ServiceInput } from "../core-types";
import { accountFields, isRecord } from "../field-accounting";
import { warning, type ImportResult, type ImportWarning } from "../import-result";
import { parseWith } from "../parse-with";
import { cronRuns } from "./cron-runs";
import { importDaemonSet } from "./import-daemon-set";
import { podSpecFields, type RequestOptions } from "./pod-spec";
import { claimVolume, mountedClaimNames } from "./volume-claims";
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

/**
 * A Job spec → pods at once and the length of one Job run. Each pod is assumed to run ASSUMED_JOB_SECONDS
 * (the API holds no expected duration; stated, and warned in the estimate); completions ÷ parallelism waves
 * of pods run one after another, so a run lasts waves × that. activeDeadlineSeconds bounds the whole Job
 * (https://kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup): it is passed
 * to the schedule, where core stops the run there.
 * @example jobShape({ completions: 5, parallelism: 2, template }) //=> { taskCount: 2, durationSeconds: 9000 } (2.5 waves × 3,600 s)
 */
function jobShape(spec: JobSpec, source: string, path: string, warnings: ImportWarning[]) {
  const completions = spec.completions ?? 1;
  const taskCount = Math.min(spec.parallelism ?? 1, completions);
  const waves = new Decimal(completions).div(taskCount || 1);
  const durationSeconds = waves.times(ASSUMED_JOB_SECONDS).toDecimalPlaces(3).toNumber();
  warnings.push(
    warning(
      "assumed",
      source,
      path,
      `no run time in a Job: ${ASSUMED_JOB_SECONDS} s per pod assumed (${waves.toDecimalPlaces(4).toFixed()} wave(s) of ${taskCount} pod(s) = ${durationSeconds} s a run); set schedule.durationSeconds`,
    ),
  );
  warnings.push(...accountFields(spec, { used: ["parallelism", "completions", "activeDeadlineSeconds", "template"] }, source, path));
  return {
    taskCount,
    schedule: {
      durationSeconds,
      durationAssumed: true,
      ...(spec.activeDeadlineSeconds !== undefined ? { activeDeadlineSeconds: spec.activeDeadlineSeconds } : {}),
    },
  };
}

/**
 * One Kubernetes object → services. Deployment / StatefulSet: replicas (default 1) always on.
 * Job: once a month (assumed), min(parallelism, completions) pods for completions ÷ that many waves.
 * CronJob: its schedule's runs per average month, its shortest interval, concurrencyPolicy and
 * startingDeadlineSeconds, so core prices overlapping runs as Kubernetes runs them. Other kinds are skipped.
 * @example importKubernetesObject({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { replicas: 3, template: { spec: { containers: [{ name: "app", resources: { requests: { cpu: "500m", memory: "1Gi" } } }] } } } }, "k8s.yaml").services
 * //=> [{ name: "web", taskCount: 3, containers: [{ name: "app", cpu: "500m", memory: "1Gi" }] }]
 */
export function importKubernetesObject(document: unknown, source: string, options: RequestOptions = { priceOn: "requests" }): ImportResult {
  if (!isRecord(document) || typeof document.kind !== "string") {
    throw coreError("INVALID_WORKLOAD", message("ERR_IMPORT_NO_KIND", { source, field: "kind" }), {
      field: "kind",
      allowed: WORKLOAD_KINDS,
    });
  }
  const kind = document.kind;
  const warnings: ImportWarning[] = [];
  const label = (name: string) => `${source} ${kind}/${name}`;
  if (kind === "List" && Array.isArray(document.items)) {
    const results = document.items.map((item) => importKubernetesObject(item, source, options));
    let offset = 0;
    const claimRefs = results.flatMap((r) => {
      const refs = (r.claimRefs ?? []).map((ref) => ({ ...ref, serviceIndex: ref.serviceIndex + offset }));
      offset += r.services.length;
      return refs;
    });
    return {
      services: results.flatMap((r) => r.services),
      warnings: results.flatMap((r) => r.warnings),
      daemonSets: results.flatMap((r) => r.daemonSets ?? []),
      claims: results.flatMap((r) => r.claims ?? []),
      claimRefs,
    };
  }
  if (kind === "PersistentVolumeClaim") {
    const name = isRecord(document.metadata) && typeof document.metadata.name === "string" ? document.metadata.name : "";
    if (!name)
      throw coreError("INVALID_WORKLOAD", message("ERR_IMPORT_PVC_NAME", { source, field: "metadata.name" }), { field: "metadata.name" });
    const src = label(name);
    const volume = claimVolume(name, document.spec, { source: src, field: "spec" }, warnings);
    return { services: [], warnings, claims: volume ? [{ claimName: name, source: src, volume }] : [] };
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
  if (kind === "DaemonSet") {
    const daemonSet = importDaemonSet(document, source, warnings, options);
    return { services: [], warnings, daemonSets: [daemonSet] };
  }
  const topUsed = { used: ["apiVersion", "kind", "metadata", "spec"], unsupported: {} };
  if (kind === "Deployment" || kind === "StatefulSet") {
    const object = parseWith(ReplicatedSchema, document, source, "");
    const src = label(object.metadata.name);
    warnings.push(...accountFields(document, topUsed, src, ""));
    const used = kind === "StatefulSet" ? ["replicas", "template", "volumeClaimTemplates"] : ["replicas", "template"];
    warnings.push(...accountFields(object.spec, { used }, src, "spec"));
    const templates = Array.isArray(object.spec.volumeClaimTemplates) ? object.spec.volumeClaimTemplates : [];
    // One claim per replica from each template (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates).
    const persistentVolumes = templates.flatMap((template, index) => {
      const name = isRecord(template) && isRecord(template.metadata) ? template.metadata.name : undefined;
      const field = `spec.volumeClaimTemplates[${index}]`;
      const volume = claimVolume(
        typeof name === "string" && name ? name : `claim-${index}`,
        isRecord(template) ? template.spec : undefined,
        { source: src, field: `${field}.spec` },
        warnings,
      );
      return volume ? [volume] : [];
    });
    const service: ServiceInput = {
      name: object.metadata.name,
      taskCount: object.spec.replicas ?? 1,
      ...podSpecFields(object.spec.template.spec, src, "spec.template.spec", warnings, options),
      ...(persistentVolumes.length > 0 ? { persistentVolumes } : {}),
    };
    const claimRefs = mountedClaimNames(object.spec.template.spec.volumes).map((claimName) => ({
      serviceIndex: 0,
      claimName,
      source: src,
    }));
    if (object.spec.replicas === undefined)
      warnings.push(
        warning("assumed", src, "spec.replicas", "not set: 1 replica (the Kubernetes default); a HorizontalPodAutoscaler is not read"),
      );
    const tags = tagsOf(object.metadata);
    return { services: [{ ...service, ...(tags ? { tags } : {}) }], warnings, ...(claimRefs.length > 0 ? { claimRefs } : {}) };
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
          ...podSpecFields(object.spec.template.spec, src, "spec.template.spec", warnings, options),
          schedule: { runsPerMonth: 1, ...shape.schedule },
          ...(tags ? { tags } : {}),
        },
      ],
      warnings,
    };
  }
  const object = parseWith(CronJobSchema, document, source, "");
  const src = label(object.metadata.name);
  warnings.push(...accountFields(document, topUsed, src, ""));
  warnings.push(
    ...accountFields(
      object.spec,
      { used: ["schedule", "suspend", "jobTemplate", "concurrencyPolicy", "startingDeadlineSeconds"] },
      src,
      "spec",
    ),
  );
  if (object.spec.suspend) warnings.push(warning("assumed", src, "spec.suspend", "the CronJob is suspended; priced as if it ran"));
  const shape = jobShape(object.spec.jobTemplate.spec, src, "spec.jobTemplate.spec", warnings);
  const runs = cronRuns(object.spec.schedule);
  if (runs.note) warnings.push(warning("assumed", src, "spec.schedule", runs.note));
  if (object.spec.concurrencyPolicy === undefined)
    warnings.push(warning("assumed", src, "spec.concurrencyPolicy", "not set: Allow (the Kubernetes default), runs may overlap"));
  const schedule = {
    ...(runs.runsPerDay !== undefined ? { runsPerDay: runs.runsPerDay } : { runsPerMonth: runs.runsPerMonth ?? 0 }),
    ...shape.schedule,
    intervalSeconds: runs.intervalSeconds,
    concurrencyPolicy: object.spec.concurrencyPolicy ?? "Allow",
    ...(object.spec.startingDeadlineSeconds !== undefined ? { startingDeadlineSeconds: object.spec.startingDeadlineSeconds } : {}),
  };
  const tags = tagsOf(object.metadata);
  return {
    services: [
      {
        name: object.metadata.name,
        taskCount: shape.taskCount,
        ...podSpecFields(object.spec.jobTemplate.spec.template.spec, src, "spec.jobTemplate.spec.template.spec", warnings, options),
        schedule,
        ...(tags ? { tags } : {}),
      },
    ],
    warnings,
  };
}
