import { checkedQuantity, refuseWindowsArm } from "../check-service";
import type { ContainerInput, ServiceInput } from "../core-types";
import { accountFields } from "../field-accounting";
import { warning, type ImportWarning } from "../import-result";
import type { ContainerSpec, PodSpec } from "./workload-schema";

const POD_FIELDS = {
  used: ["containers", "initContainers", "nodeSelector", "volumes"],
  unsupported: {
    overhead: "pod overhead (RuntimeClass) is not added to the requests",
    affinity: "node affinity is not read; architecture and OS come from nodeSelector kubernetes.io/arch and kubernetes.io/os",
  },
};
const CONTAINER_FIELDS = { used: ["name", "resources", "restartPolicy"] };
const PRICED_RESOURCES = ["cpu", "memory"] as const;

/**
 * The request given to a container that sets neither a request nor a limit, as a namespace LimitRange would:
 * the Kubernetes docs' examples "Configure Default CPU Requests and Limits for a Namespace" (defaultRequest
 * cpu 0.5, https://kubernetes.io/docs/tasks/administer-cluster/manage-resources/cpu-default-namespace/) and
 * "… Memory …" (defaultRequest memory 256Mi, https://kubernetes.io/docs/tasks/administer-cluster/manage-resources/memory-default-namespace/).
 * Without a LimitRange the scheduler reserves nothing; pricing 0 would pack such pods for free (issue 22:
 * Bookinfo's six pods on one m1.small at 0 %), so the default is priced and the estimate warns.
 */
export const DEFAULT_CONTAINER_REQUEST = { cpu: "500m", memory: "256Mi" } as const;

/** requests (default): what the scheduler reserves; limits: each container's limit where it has one (an upper bound). */
export type RequestOptions = { priceOn: "requests" | "limits" };
export const PRICE_ON = ["requests", "limits"] as const;

/**
 * Volumes that cost nothing beyond the node or task they run on (ephemeral or API-object backed), so they
 * raise no "not priced" warning: https://kubernetes.io/docs/concepts/storage/volumes/.
 */
const FREE_VOLUME_TYPES = ["emptyDir", "configMap", "secret", "hostPath", "projected", "downwardAPI", "name"];

/** Pod volumes that may cost money and are not priced here (claims are priced from their PVC / volumeClaimTemplate). */
function volumeWarnings(spec: PodSpec, source: string, path: string): ImportWarning[] {
  const volumes = Array.isArray(spec.volumes) ? spec.volumes : [];
  return volumes.flatMap((volume, index) => {
    if (typeof volume !== "object" || volume === null) return [];
    const kinds = Object.keys(volume).filter((key) => !FREE_VOLUME_TYPES.includes(key) && key !== "persistentVolumeClaim");
    return kinds.map((kind) =>
      warning(
        "unsupported",
        source,
        `${path}.volumes[${index}].${kind}`,
        `a ${kind} volume is not priced (only persistent volume claims are)`,
      ),
    );
  });
}

/**
 * One container's billed requests. Kubernetes rule: a resource with a limit but no request gets the limit as
 * its request; neither = the documented default (DEFAULT_CONTAINER_REQUEST), marked `requestDefaulted`.
 * With priceOn "limits", a set limit is priced even where a smaller request is set.
 */
function containerInput(
  container: ContainerSpec,
  isInit: boolean,
  at: { source: string; field: string },
  warnings: ImportWarning[],
  options: RequestOptions,
): ContainerInput {
  const { source, field } = at;
  const requests = container.resources?.requests ?? {};
  const limits = container.resources?.limits ?? {};
  const input: ContainerInput = { name: container.name, ...(isInit ? { init: true } : {}) };
  const defaulted: ("cpu" | "memory")[] = [];
  for (const resource of PRICED_RESOURCES) {
    const useLimit = limits[resource] !== undefined && (options.priceOn === "limits" || requests[resource] === undefined);
    const value = useLimit ? limits[resource] : requests[resource];
    if (value === undefined) {
      defaulted.push(resource);
      input[resource] = DEFAULT_CONTAINER_REQUEST[resource];
      continue;
    }
    if (useLimit && requests[resource] === undefined)
      warnings.push(
        warning(
          "assumed",
          source,
          `${field}.resources.requests.${resource}`,
          `no request: the limit ${String(value)} is the request (Kubernetes default)`,
        ),
      );
    else if (useLimit)
      warnings.push(
        warning(
          "assumed",
          source,
          `${field}.resources.limits.${resource}`,
          `priced on the limit ${String(value)} (--price-on limits), not the request ${String(requests[resource])}`,
        ),
      );
    else if (limits[resource] !== undefined && String(limits[resource]) !== String(value))
      warnings.push(
        warning(
          "ignored",
          source,
          `${field}.resources.limits.${resource}`,
          `the limit ${String(limits[resource])} is not priced: requests are what the scheduler reserves (--price-on limits prices limits)`,
        ),
      );
    input[resource] = checkedQuantity(resource, value, source, `${field}.resources.${useLimit ? "limits" : "requests"}.${resource}`);
  }
  if (defaulted.length > 0) {
    input.requestDefaulted = defaulted;
    warnings.push(
      warning(
        "assumed",
        source,
        `${field}.resources.requests`,
        `no ${defaulted.join(" or ")} request or limit: the default ${defaulted.map((r) => `${r} ${DEFAULT_CONTAINER_REQUEST[r]}`).join(", ")} is priced (a LimitRange-style default; the estimate warns)`,
      ),
    );
  }
  const others = [...new Set([...Object.keys(requests), ...Object.keys(limits)])].filter(
    (r) => !(PRICED_RESOURCES as readonly string[]).includes(r),
  );
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
  options: RequestOptions = { priceOn: "requests" },
): Pick<ServiceInput, "containers" | "architecture" | "os"> {
  warnings.push(...accountFields(spec, POD_FIELDS, source, path), ...volumeWarnings(spec, source, path));
  const containers = spec.containers.map((c, i) =>
    containerInput(c, false, { source, field: `${path}.containers[${i}]` }, warnings, options),
  );
  const inits = (spec.initContainers ?? []).map((c, i) =>
    containerInput(c, c.restartPolicy !== "Always", { source, field: `${path}.initContainers[${i}]` }, warnings, options),
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
