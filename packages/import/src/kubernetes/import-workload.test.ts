import { describe, expect, it } from "vitest";
import { importKubernetesObject } from "./import-workload";

const podSpec = {
  initContainers: [
    { name: "migrate", image: "app:1", resources: { requests: { cpu: "1", memory: "512Mi" } } },
    { name: "log-shipper", image: "fluent-bit", restartPolicy: "Always", resources: { requests: { cpu: "100m", memory: "128Mi" } } },
  ],
  containers: [{ name: "app", image: "app:1", ports: [{ containerPort: 8080 }], resources: { limits: { cpu: "500m", memory: "1Gi" } } }],
  nodeSelector: { "kubernetes.io/arch": "arm64" },
  serviceAccountName: "api",
};

const deployment = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "api", namespace: "shop", labels: { team: "payments" } },
  spec: { replicas: 3, selector: { matchLabels: { app: "api" } }, template: { metadata: { labels: { app: "api" } }, spec: podSpec } },
};

describe("importKubernetesObject", () => {
  it("Deployment: replicas, limits default the requests, sidecar counts as an app container, init stays init, arm64 from nodeSelector", () => {
    const { services, warnings } = importKubernetesObject(deployment, "k8s.yaml");
    expect(services).toEqual([
      {
        name: "api",
        taskCount: 3,
        architecture: "arm64",
        tags: { team: "payments", namespace: "shop" },
        containers: [
          { name: "log-shipper", cpu: "100m", memory: "128Mi" },
          { name: "app", cpu: "500m", memory: "1Gi" },
          { name: "migrate", init: true, cpu: "1", memory: "512Mi" },
        ],
      },
    ]);
    expect(warnings).toContainEqual(
      expect.objectContaining({ kind: "assumed", field: "spec.template.spec.containers[0].resources.requests.cpu" }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ kind: "ignored", field: "spec.template.spec", message: expect.stringContaining("serviceAccountName") }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ kind: "ignored", field: "spec", message: expect.stringContaining("selector") }),
    );
  });

  it("StatefulSet: replicas default to 1 (reported); volumeClaimTemplates reported as unsupported", () => {
    const { services, warnings } = importKubernetesObject(
      {
        apiVersion: "apps/v1",
        kind: "StatefulSet",
        metadata: { name: "db" },
        spec: {
          serviceName: "db",
          template: {
            spec: { containers: [{ name: "pg", resources: { requests: { cpu: "2", memory: "4Gi", "ephemeral-storage": "10Gi" } } }] },
          },
          volumeClaimTemplates: [{ metadata: { name: "data" } }],
        },
      },
      "k8s.yaml",
    );
    expect(services[0]).toMatchObject({ name: "db", taskCount: 1 });
    expect(warnings.filter((w) => w.kind === "unsupported").map((w) => w.field)).toEqual([
      "spec.volumeClaimTemplates",
      "spec.template.spec.containers[0].resources.ephemeral-storage",
    ]);
  });

  it("Job: 5 completions, parallelism 2 → 2 pods × 2.5 runs = 5 pod-runs, each billed for activeDeadlineSeconds", () => {
    const { services } = importKubernetesObject(
      {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: { name: "backfill" },
        spec: {
          completions: 5,
          parallelism: 2,
          activeDeadlineSeconds: 600,
          template: {
            spec: { restartPolicy: "Never", containers: [{ name: "run", resources: { requests: { cpu: "1", memory: "2Gi" } } }] },
          },
        },
      },
      "job.yaml",
    );
    expect(services[0]).toMatchObject({ taskCount: 2, schedule: { runsPerMonth: 2.5, durationSeconds: 600 } });
  });

  it("CronJob: weekdays at 02:00 → 21.7262 runs a month (30.41666… × 5/7), Job duration assumed 3600 s (reported)", () => {
    const { services, warnings } = importKubernetesObject(
      {
        apiVersion: "batch/v1",
        kind: "CronJob",
        metadata: { name: "report" },
        spec: {
          schedule: "0 2 * * 1-5",
          concurrencyPolicy: "Forbid",
          jobTemplate: {
            spec: { template: { spec: { containers: [{ name: "r", resources: { requests: { cpu: "250m", memory: "512Mi" } } }] } } },
          },
        },
      },
      "cron.yaml",
    );
    expect(services[0]).toMatchObject({ name: "report", taskCount: 1, schedule: { runsPerMonth: 21.7262, durationSeconds: 3600 } });
    expect(warnings.map((w) => w.kind)).toContain("assumed");
    expect(warnings).toContainEqual(
      expect.objectContaining({ kind: "ignored", field: "spec", message: expect.stringContaining("concurrencyPolicy") }),
    );
  });

  it("skips (and reports) kinds that are not workloads", () => {
    const result = importKubernetesObject({ apiVersion: "v1", kind: "Service", metadata: { name: "api" } }, "k8s.yaml");
    expect(result.services).toEqual([]);
    expect(result.warnings[0]).toMatchObject({ kind: "skipped", source: "k8s.yaml Service/api" });
  });

  it.each([
    {
      label: "no containers",
      doc: { kind: "Deployment", metadata: { name: "x" }, spec: { template: { spec: { containers: [] } } } },
      message: /field: spec\.template\.spec\.containers/,
    },
    {
      label: "negative replicas",
      doc: { kind: "Deployment", metadata: { name: "x" }, spec: { replicas: -1, template: { spec: { containers: [{ name: "a" }] } } } },
      message: /field: spec\.replicas/,
    },
    {
      label: "no metadata.name",
      doc: { kind: "Job", metadata: {}, spec: { template: { spec: { containers: [{ name: "a" }] } } } },
      message: /field: metadata\.name/,
    },
    { label: "no kind", doc: { apiVersion: "apps/v1" }, message: /no kind.*allowed: Deployment, StatefulSet, Job, CronJob/ },
    {
      label: "bad cron",
      doc: {
        kind: "CronJob",
        metadata: { name: "c" },
        spec: { schedule: "every day", jobTemplate: { spec: { template: { spec: { containers: [{ name: "a" }] } } } } },
      },
      message: /5 fields/,
    },
  ])("bad object: $label → INVALID_WORKLOAD naming the field", ({ doc, message }) => {
    expect(() => importKubernetesObject(doc, "bad.yaml")).toThrow(message);
  });
});
