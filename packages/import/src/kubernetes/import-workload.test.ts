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

  it("StatefulSet: replicas default to 1 (reported); a volumeClaimTemplate without a storage request is reported, not priced", () => {
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
    expect(services[0]?.persistentVolumes).toBeUndefined();
    expect(warnings.filter((w) => w.kind === "unsupported").map((w) => w.field)).toEqual([
      "spec.volumeClaimTemplates[0].spec.resources.requests.storage",
      "spec.template.spec.containers[0].resources.ephemeral-storage",
    ]);
  });

  it("Job: 5 completions, parallelism 2 → 2 pods for 2.5 waves × 3,600 s assumed = 9,000 s a run, cut at activeDeadlineSeconds 600 by core", () => {
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
    expect(services[0]).toMatchObject({
      taskCount: 2,
      schedule: { runsPerMonth: 1, durationSeconds: 9000, durationAssumed: true, activeDeadlineSeconds: 600 },
    });
  });

  const cronJob = (spec: Record<string, unknown>) => ({
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name: "report" },
    spec: {
      jobTemplate: {
        spec: { template: { spec: { containers: [{ name: "r", resources: { requests: { cpu: "250m", memory: "512Mi" } } }] } } },
      },
      ...spec,
    },
  });

  it("CronJob: weekdays at 02:00 → 21.7262 runs a month (30.41666… × 5/7), 1 day apart, Forbid kept, 3,600 s assumed (reported)", () => {
    const { services, warnings } = importKubernetesObject(cronJob({ schedule: "0 2 * * 1-5", concurrencyPolicy: "Forbid" }), "cron.yaml");
    expect(services[0]).toMatchObject({
      name: "report",
      taskCount: 1,
      schedule: {
        runsPerMonth: 21.7262,
        durationSeconds: 3600,
        intervalSeconds: 86400,
        concurrencyPolicy: "Forbid",
        durationAssumed: true,
      },
    });
    expect(warnings.map((w) => w.kind)).toContain("assumed");
    expect(warnings.some((w) => w.message.includes("concurrencyPolicy"))).toBe(false);
  });

  it("CronJob */2 with Forbid and startingDeadlineSeconds: 720 runs a day, 120 s apart, both carried to the schedule (issue 22)", () => {
    const { services } = importKubernetesObject(
      cronJob({ schedule: "*/2 * * * *", concurrencyPolicy: "Forbid", startingDeadlineSeconds: 30 }),
      "cron.yaml",
    );
    expect(services[0]?.schedule).toEqual({
      runsPerDay: 720,
      durationSeconds: 3600,
      durationAssumed: true,
      intervalSeconds: 120,
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: 30,
    });
  });

  it("CronJob without concurrencyPolicy: Allow (the Kubernetes default), reported as assumed", () => {
    const { services, warnings } = importKubernetesObject(cronJob({ schedule: "@hourly" }), "cron.yaml");
    expect(services[0]?.schedule).toMatchObject({ runsPerDay: 24, intervalSeconds: 3600, concurrencyPolicy: "Allow" });
    expect(warnings).toContainEqual(expect.objectContaining({ kind: "assumed", field: "spec.concurrencyPolicy" }));
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

describe("requests: defaults when absent, limits on request (issue 22 item 3)", () => {
  const pod = (containers: unknown[], extra: Record<string, unknown> = {}) => ({
    kind: "Deployment",
    metadata: { name: "reviews" },
    spec: { template: { spec: { containers, ...extra } } },
  });

  it("a container with no request or limit gets the LimitRange-style default 500m / 256Mi, marked requestDefaulted (Bookinfo's pods)", () => {
    const { services, warnings } = importKubernetesObject(
      pod([{ name: "reviews", image: "istio/examples-bookinfo-reviews-v1" }]),
      "bookinfo.yaml",
    );
    expect(services[0]?.containers).toEqual([{ name: "reviews", cpu: "500m", memory: "256Mi", requestDefaulted: ["cpu", "memory"] }]);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        kind: "assumed",
        field: "spec.template.spec.containers[0].resources.requests",
        message: expect.stringContaining("cpu 500m, memory 256Mi"),
      }),
    );
  });

  it("only memory missing: cpu from the request, memory defaulted", () => {
    const { services } = importKubernetesObject(pod([{ name: "a", resources: { requests: { cpu: "250m" } } }]), "k8s.yaml");
    expect(services[0]?.containers).toEqual([{ name: "a", cpu: "250m", memory: "256Mi", requestDefaulted: ["memory"] }]);
  });

  it("a limit above the request is reported as not priced; --price-on limits prices it instead", () => {
    const container = { name: "a", resources: { requests: { cpu: "250m", memory: "256Mi" }, limits: { cpu: "1", memory: "1Gi" } } };
    const byRequests = importKubernetesObject(pod([container]), "k8s.yaml");
    expect(byRequests.services[0]?.containers).toEqual([{ name: "a", cpu: "250m", memory: "256Mi" }]);
    expect(byRequests.warnings).toContainEqual(
      expect.objectContaining({ kind: "ignored", field: "spec.template.spec.containers[0].resources.limits.cpu" }),
    );
    const byLimits = importKubernetesObject(pod([container]), "k8s.yaml", { priceOn: "limits" });
    expect(byLimits.services[0]?.containers).toEqual([{ name: "a", cpu: "1", memory: "1Gi" }]);
  });

  it("volumes that cost nothing (emptyDir, configMap, secret, projected, hostPath, an empty list) raise no warning; an NFS volume does", () => {
    const volumes = [
      { name: "tmp", emptyDir: {} },
      { name: "cfg", configMap: { name: "c" } },
      { name: "s", secret: { secretName: "s" } },
      { name: "token", projected: { sources: [] } },
      { name: "host", hostPath: { path: "/var/log" } },
    ];
    const container = { name: "a", resources: { requests: { cpu: "1", memory: "1Gi" } } };
    const free = importKubernetesObject(pod([container], { volumes }), "k8s.yaml");
    expect(free.warnings.filter((w) => w.field.includes("volumes"))).toEqual([]);
    const empty = importKubernetesObject(pod([container], { volumes: [] }), "k8s.yaml");
    expect(empty.warnings.filter((w) => w.field.includes("volumes"))).toEqual([]);
    const nfs = importKubernetesObject(pod([container], { volumes: [{ name: "n", nfs: { server: "x", path: "/" } }] }), "k8s.yaml");
    expect(nfs.warnings).toContainEqual(expect.objectContaining({ kind: "unsupported", field: "spec.template.spec.volumes[0].nfs" }));
  });
});
