import { describe, expect, it } from "vitest";
import { importedScenarioParts, importWorkloads } from "../import-workloads";

const fluentBit = {
  apiVersion: "apps/v1",
  kind: "DaemonSet",
  metadata: { name: "fluent-bit", namespace: "logging" },
  spec: {
    selector: { matchLabels: { app: "fluent-bit" } },
    template: {
      spec: {
        tolerations: [{ operator: "Exists" }],
        initContainers: [{ name: "init-db", image: "busybox", resources: { requests: { cpu: "200m", memory: "32Mi" } } }],
        containers: [
          {
            name: "fluent-bit",
            image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0",
            resources: { requests: { cpu: "100m", memory: "64Mi" } },
          },
          { name: "exporter", image: "prom/node-exporter:1.8", resources: { requests: { cpu: "50m", memory: "32Mi" } } },
        ],
      },
    },
  },
};

describe("DaemonSets import (issue 22 item 2)", () => {
  it("a DaemonSet-only file is a valid import: per-node request = max(init 200m / 32Mi, app 100m+50m / 64Mi+32Mi) = 200m / 96Mi", () => {
    const result = importWorkloads([{ source: "ds.yaml", document: fluentBit }]);
    expect(result.services).toEqual([]);
    expect(result.daemonSets).toEqual([{ daemonSet: { name: "fluent-bit", cpu: "200m", memory: "96Mi" }, isLogAgent: true }]);
    expect(importedScenarioParts(result.daemonSets)).toEqual({
      ec2: { daemonSets: [{ name: "fluent-bit", cpu: "200m", memory: "96Mi" }] },
      ops: { workload: { daemonSets: true } },
    });
  });

  it("reports that it is counted on every node (tolerations not read) and that Fluent Bit ships logs (CloudWatch ingestion left at 0)", () => {
    const { warnings } = importWorkloads([{ source: "ds.yaml", document: fluentBit }]);
    expect(warnings).toContainEqual(
      expect.objectContaining({ kind: "assumed", message: expect.stringContaining("counted on every node") }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ kind: "assumed", message: expect.stringContaining("logIngestionGbPerMonth") }),
    );
  });

  it("beside a Deployment in one multi-document file: the Deployment is a service, the DaemonSet a node agent (no longer skipped)", () => {
    const deployment = {
      kind: "Deployment",
      metadata: { name: "web" },
      spec: { template: { spec: { containers: [{ name: "a", resources: { requests: { cpu: "1", memory: "1Gi" } } }] } } },
    };
    const result = importWorkloads([
      { source: "all.yaml#1", document: deployment },
      { source: "all.yaml#2", document: fluentBit },
    ]);
    expect(result.services.map((s) => s.name)).toEqual(["web"]);
    expect(result.daemonSets?.map((d) => d.daemonSet.name)).toEqual(["fluent-bit"]);
    expect(result.warnings.some((w) => w.kind === "skipped")).toBe(false);
  });

  it("no DaemonSet → no scenario parts (the default agents stay)", () => {
    expect(importedScenarioParts(undefined)).toEqual({});
  });
});
