import { checkedQuantity, refuseWindowsArm } from "../check-service";
import type { ContainerInput, ServiceInput } from "../core-types";
import { accountFields } from "../field-accounting";
import { warning, type ImportWarning } from "../import-result";
import type { ContainerSpec, PodSpec } from "./workload-schema";

const POD_FIELDS = {
  used: ["containers", "initContainers", "nodeSelector"],
  unsupported: {
    volumes: "volumes are not priced (EBS/EFS persistent volumes are billed separately)",
    overhead: "pod overhead (RuntimeClass) is not added to the requests",
    affinity: "node affinity is not read; architecture and OS come from nodeSelector kubernetes.io/arch and kubernetes.io/os",
  },
};
const CONTAINER_FIELDS = { used: ["name", "resources", "restartPolicy"] };
const PRICED_RESOURCES = ["cpu", "memory"];

/**
 * One container's billed requests. Kubernetes rule: a resource with a limit but no request gets
 * the limit as its request; neither = no request (counted as 0).
 */
function containerInput(
  container: ContainerSpec,
  isInit: boolean,
  source: string,
  field: string,
  warnings: ImportWarning[],
): ContainerInput {
  const requests = container.resources?.requests ?? {};
  const limits = container.resources?.limits ?? {};
  const input: ContainerInput = { name: container.name, ...(isInit ? { init: true } : {}) };
  for (const resource of PRICED_RESOURCES) {
    const value = requests[resource] ?? limits[resource];
    if (value === undefined) {
      warnings.push(warning("assumed", source, `${field}.resources.requests.${resource}`, "no request or limit: counted as 0"));
      continue;
    }
    const from = requests[resource] === undefined ? "limits" : "requests";
    if (from === "limits")
      warnings.push(
        warning(
          "assumed",
          source,
          `${field}.resources.requests.${resource}`,
          `no request: the limit ${String(value)} is the request (Kubernetes default)`,
        ),
      );
    const checked = checkedQuantity(resource === "cpu" ? "cpu" : "memory", value, source, `${field}.resources.${from}.${resource}`);
    if (resource === "cpu") input.cpu = checked;
    else input.memory = checked;
  }
  const others = [...new Set([...Object.keys(requests), ...Object.keys(limits)])].filter((r) => !PRICED_RESOURCES.includes(r));
  for (const other of others) {
    warnings.push(
      warning("unsupported", source, `${field}.resources.${other}`, `resource "${other}" is not priced (only cpu and memory are)`),
    );
  }
  warnings.push(...accountFields(container, CONTAINER_FIELDS, source, field));
  return input;
}

/**
 * A PodSpec → the service fields it determines: containers (init containers flagged; sidecars,
 * i.e. init containers with restartPolicy Always, count as app containers), architecture and OS.
 */
export function podSpecFields(
  spec: PodSpec,
  source: string,
  path: string,
  warnings: ImportWarning[],
): Pick<ServiceInput, "containers" | "architecture" | "os"> {
  warnings.push(...accountFields(spec, POD_FIELDS, source, path));
  const containers = spec.containers.map((c, i) => containerInput(c, false, source, `${path}.containers[${i}]`, warnings));
  const inits = (spec.initContainers ?? []).map((c, i) =>
    containerInput(c, c.restartPolicy !== "Always", source, `${path}.initContainers[${i}]`, warnings),
  );
  const arch = spec.nodeSelector?.["kubernetes.io/arch"];
  const os = spec.nodeSelector?.["kubernetes.io/os"];
  if (arch !== undefined && arch !== "amd64" && arch !== "arm64") {
    warnings.push(
      warning("unsupported", source, `${path}.nodeSelector.kubernetes.io/arch`, `architecture "${arch}" is not priced: amd64 assumed`),
    );
  }
  refuseWindowsArm(
    { architecture: arch === "arm64" ? "arm64" : "x86_64", os: os === "windows" ? "windows" : "linux" },
    source,
    `${path}.nodeSelector`,
  );
  return {
    containers: [...inits.filter((c) => !c.init), ...containers, ...inits.filter((c) => c.init)],
    ...(arch === "arm64" ? { architecture: "arm64" as const } : {}),
    ...(os === "windows" ? { os: "windows" as const } : {}),
  };
}
