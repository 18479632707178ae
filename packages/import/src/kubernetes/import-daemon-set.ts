import { parseCpuMillicores, parseMemoryBytes, podRequest } from "@repo/core";
import type { ContainerInput } from "../core-types";
import { accountFields } from "../field-accounting";
import { warning, type ImportedDaemonSet, type ImportWarning } from "../import-result";
import { parseWith } from "../parse-with";
import { podSpecFields, type RequestOptions } from "./pod-spec";
import { DaemonSetObjectSchema } from "./workload-schema";

const MIB = 1024 * 1024;

/** A pod's containers → what the scheduler reserves per node: max(largest init, app + sidecars), per resource (EKS rule). */
function perNodeRequest(containers: readonly ContainerInput[], field: string): { cpu: string; memory: string } {
  const request = podRequest(
    containers.map((c, i) => ({
      cpuMillicores: c.cpu === undefined ? 0 : parseCpuMillicores(c.cpu, `${field}[${i}].cpu`),
      memoryBytes: c.memory === undefined ? 0 : parseMemoryBytes(c.memory, `${field}[${i}].memory`),
      isInit: c.init === true,
    })),
  );
  const memory = request.memoryBytes % MIB === 0 ? `${request.memoryBytes / MIB}Mi` : String(request.memoryBytes);
  return { cpu: `${request.cpuMillicores}m`, memory };
}

/**
 * A DaemonSet (apps/v1) → a per-node agent for `ec2.daemonSets`: its pod's requests taken from every EC2
 * node before tasks are placed (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/: "ensures
 * that all (or some) Nodes run a copy of a Pod"). nodeSelector / tolerations that limit it to some nodes are
 * not read: it is counted on every node (an upper bound, reported).
 * @example importDaemonSet({ kind: "DaemonSet", metadata: { name: "fluent-bit" }, spec: { template: { spec: { containers: [{ name: "fb", image: "fluent/fluent-bit:3", resources: { requests: { cpu: "100m", memory: "64Mi" } } }] } } } }, "ds.yaml", warnings, options)
 * //=> { daemonSet: { name: "fluent-bit", cpu: "100m", memory: "64Mi" }, isLogAgent: true }
 */
export function importDaemonSet(document: unknown, source: string, warnings: ImportWarning[], options: RequestOptions): ImportedDaemonSet {
  const object = parseWith(DaemonSetObjectSchema, document, source, "");
  const src = `${source} DaemonSet/${object.metadata.name}`;
  warnings.push(...accountFields(object as Record<string, unknown>, { used: ["apiVersion", "kind", "metadata", "spec"] }, src, ""));
  warnings.push(...accountFields(object.spec, { used: ["template"] }, src, "spec"));
  const pod = object.spec.template.spec;
  const fields = podSpecFields(pod, src, "spec.template.spec", warnings, options);
  if (pod.nodeSelector !== undefined || "tolerations" in pod || "affinity" in pod)
    warnings.push(
      warning("assumed", src, "spec.template.spec", "counted on every node (its nodeSelector / tolerations / affinity are not read)"),
    );
  const request = perNodeRequest(fields.containers ?? [], "spec.template.spec.containers");
  const images = [...pod.containers, ...(pod.initContainers ?? [])].map((c) => `${c.name} ${String(c.image ?? "")}`.toLowerCase());
  const isLogAgent = images.some((text) => /fluent-?bit|fluentd/.test(text));
  if (isLogAgent)
    warnings.push(
      warning(
        "assumed",
        src,
        "spec.template.spec.containers",
        "a Fluent Bit / Fluentd log agent: container logs are shipped, so CloudWatch Logs ingestion is billed; set services[].logIngestionGbPerMonth (left at 0, listed as not estimated)",
      ),
    );
  return { daemonSet: { name: object.metadata.name, ...request }, isLogAgent };
}
