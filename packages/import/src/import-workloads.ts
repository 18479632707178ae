import { coreError, message } from "@repo/core";
import { checkService, checkServiceCount } from "./check-service";
import type { ServiceInput } from "./core-types";
import { importEcsTaskDefinition } from "./ecs/import-task-definition";
import { isRecord } from "./field-accounting";
import { linkClaims } from "./link-claims";
import type { ImportedDaemonSet, ImportResult } from "./import-result";
import type { RequestOptions } from "./kubernetes/pod-spec";
import { importKubernetesObject } from "./kubernetes/import-workload";

export type WorkloadDocument = { source: string; document: unknown };

/** ECS when the document has `taskDefinition` or `containerDefinitions`; Kubernetes when it has `kind`. */
export function importDocument({ source, document }: WorkloadDocument, options: RequestOptions = { priceOn: "requests" }): ImportResult {
  const checked = (result: ImportResult): ImportResult => ({ ...result, services: result.services.map((s) => checkService(s, source)) });
  if (isRecord(document) && ("taskDefinition" in document || "containerDefinitions" in document))
    return checked(importEcsTaskDefinition(document, source));
  if (isRecord(document) && "kind" in document) return checked(importKubernetesObject(document, source, options));
  if (document === null || document === undefined) return { services: [], warnings: [] };
  throw coreError("INVALID_WORKLOAD", message("ERR_IMPORT_NOT_A_WORKLOAD", { source, field: "(document)" }), {
    field: "(document)",
    allowed: ["ECS task definition", "Deployment", "StatefulSet", "Job", "CronJob", "DaemonSet", "PersistentVolumeClaim"],
  });
}

/** Service names must be unique in a scenario: a repeated name gets `-2`, `-3`, … (reported). */
function uniqueNames(services: ServiceInput[]): { services: ServiceInput[]; renamed: string[] } {
  const seen = new Set<string>();
  const renamed: string[] = [];
  const result = services.map((service) => {
    let name = service.name;
    for (let n = 2; seen.has(name); n += 1) name = `${service.name}-${n}`;
    seen.add(name);
    if (name !== service.name) renamed.push(`${service.name} → ${name}`);
    return name === service.name ? service : { ...service, name };
  });
  return { services: result, renamed };
}

/**
 * Many documents (files, or the documents of a multi-document YAML file, split by the caller) →
 * one list of scenario services plus every warning, in input order.
 * @example importWorkloads([{ source: "web.json", document: taskDefinitionJson }]).services.length //=> 1
 */
export function importWorkloads(documents: readonly WorkloadDocument[], options: RequestOptions = { priceOn: "requests" }): ImportResult {
  const results = documents.map((document) => importDocument(document, options));
  checkServiceCount(results.reduce((n, r) => n + r.services.length, 0));
  const linkWarnings = linkClaims(results);
  const { services, renamed } = uniqueNames(results.flatMap((r) => r.services));
  const warnings = [...results.flatMap((r) => r.warnings), ...linkWarnings];
  for (const rename of renamed)
    warnings.push({ kind: "assumed", source: "(import)", field: "name", message: `duplicate service name renamed: ${rename}` });
  const daemonSets = results.flatMap((r) => r.daemonSets ?? []);
  return { services, warnings, ...(daemonSets.length > 0 ? { daemonSets } : {}) };
}

/**
 * The scenario parts an import fills besides services: imported DaemonSets replace the default per-node agents
 * (`ec2.daemonSets`, their real requests) and mark the workload as relying on DaemonSets
 * (`ops.workload.daemonSets`, which flags EKS on Fargate: it runs no DaemonSets).
 * @example importedScenarioParts([{ daemonSet: { name: "fluent-bit", cpu: "100m", memory: "64Mi" }, isLogAgent: true }])
 * //=> { ec2: { daemonSets: [{ name: "fluent-bit", cpu: "100m", memory: "64Mi" }] }, ops: { workload: { daemonSets: true } } }
 */
export function importedScenarioParts(daemonSets: readonly ImportedDaemonSet[] | undefined) {
  if (!daemonSets || daemonSets.length === 0) return {};
  return { ec2: { daemonSets: daemonSets.map((d) => d.daemonSet) }, ops: { workload: { daemonSets: true } } };
}
