import { describe, expect, it } from "vitest";
import { importWorkloads } from "./import-workloads";

const deployment = (
  spec: Record<string, unknown>,
  container: Record<string, unknown> = { name: "app", resources: { requests: { cpu: "500m", memory: "1Gi" } } },
) => ({
  source: "k8s.yaml",
  document: {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web" },
    spec: { template: { spec: { containers: [container] } }, ...spec },
  },
});
const withRequests = (requests: Record<string, unknown>) => deployment({}, { name: "app", resources: { requests } });

function refusal(document: { source: string; document: unknown }): Error {
  try {
    importWorkloads([document]);
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the import to be refused");
}

describe("import is as strict as estimate: quantities parsed and range-checked where they are read", () => {
  it.each([
    {
      label: 'cpu "1e999" is not a Kubernetes quantity (no exponent form)',
      doc: withRequests({ cpu: "1e999", memory: "1Gi" }),
      field: "spec.template.spec.containers[0].resources.requests.cpu",
      text: '"1e999" is not a Kubernetes quantity',
    },
    {
      label: 'memory "-1Gi" is negative',
      doc: withRequests({ cpu: "1", memory: "-1Gi" }),
      field: "spec.template.spec.containers[0].resources.requests.memory",
      text: '"-1Gi" is not a Kubernetes quantity',
    },
    {
      label: 'memory "1Zi" (zebibyte) is no Kubernetes suffix',
      doc: withRequests({ cpu: "1", memory: "1Zi" }),
      field: "spec.template.spec.containers[0].resources.requests.memory",
      text: '"1Zi" is not a Kubernetes quantity',
    },
    {
      label: 'memory "64Ti" is above 32 TiB, the largest EC2 instance',
      doc: withRequests({ cpu: "1", memory: "64Ti" }),
      field: "spec.template.spec.containers[0].resources.requests.memory",
      text: 'memory "64Ti" is out of range',
    },
    {
      label: 'cpu "500" (cores) is above the 192-vCPU ECS task maximum',
      doc: withRequests({ cpu: "500", memory: "1Gi" }),
      field: "spec.template.spec.containers[0].resources.requests.cpu",
      text: 'CPU "500" is out of range',
    },
    {
      label: "a limit standing in for a request is checked too (and named as the limit)",
      doc: deployment({}, { name: "app", resources: { limits: { cpu: "1e3k", memory: "1Gi" } } }),
      field: "spec.template.spec.containers[0].resources.limits.cpu",
      text: '"1e3k" is not a Kubernetes quantity',
    },
    {
      label: "replicas 1e9 is above the 5,000 tasks-per-service quota",
      doc: deployment({ replicas: 1_000_000_000 }),
      field: "spec.replicas",
      text: "1000000000 is out of range, allowed: 0 to 5000",
    },
  ])("$label → INVALID_WORKLOAD at $field", ({ doc, field, text }) => {
    const error = refusal(doc);
    expect(error.message).toMatch(/^\[core\] INVALID_WORKLOAD: k8s\.yaml/);
    expect(error.message).toContain(text);
    expect(error.message).toContain(`(field: ${field})`);
    expect(error.message).not.toContain("\n");
  });

  it("5,000 replicas (the quota itself) import", () => {
    expect(importWorkloads([deployment({ replicas: 5000 })]).services[0]?.taskCount).toBe(5000);
  });
});

describe("Windows on ARM64 is refused (ECS, EKS and Fargate run Windows containers on x86_64 only)", () => {
  it("a pod selecting kubernetes.io/os windows and kubernetes.io/arch arm64", () => {
    const doc = deployment({});
    (doc.document.spec.template.spec as Record<string, unknown>).nodeSelector = {
      "kubernetes.io/os": "windows",
      "kubernetes.io/arch": "arm64",
    };
    const error = refusal(doc);
    expect(error.message).toMatch(
      /INVALID_WORKLOAD: k8s\.yaml Deployment\/web: Windows containers on ARM64 are not supported .*\(field: spec\.template\.spec\.nodeSelector\)/,
    );
  });

  it("an ECS task definition with runtimePlatform ARM64 + WINDOWS_SERVER_2022_CORE", () => {
    const error = refusal({
      source: "td.json",
      document: {
        family: "win",
        cpu: "1024",
        memory: "2048",
        containerDefinitions: [{ name: "app" }],
        runtimePlatform: { cpuArchitecture: "ARM64", operatingSystemFamily: "WINDOWS_SERVER_2022_CORE" },
      },
    });
    expect(error.message).toMatch(/INVALID_WORKLOAD: td\.json: Windows containers on ARM64 .*\(field: runtimePlatform\)/);
  });
});

describe("every imported service passes the scenario schema", () => {
  it('task cpu "999999999" units (≈ 976,562 vCPU) is above the 192-vCPU limit', () => {
    const error = refusal({
      source: "td.json",
      document: { family: "big", cpu: "999999999", memory: "2048", containerDefinitions: [{ name: "app" }] },
    });
    expect(error.message).toMatch(
      /INVALID_WORKLOAD: td\.json: the imported service "big" .* is out of range, allowed: above 0 to 192 .*\(field: service\.vcpu\)/,
    );
  });
});
