import { describe, expect, it } from "vitest";
import { importWorkloads } from "../import-workloads";
import { claimVolume, storageKind } from "./volume-claims";

const statefulSet = (storageClassName?: string) => ({
  apiVersion: "apps/v1",
  kind: "StatefulSet",
  metadata: { name: "web" },
  spec: {
    replicas: 3,
    template: { spec: { containers: [{ name: "nginx", resources: { requests: { cpu: "250m", memory: "512Mi" } } }] } },
    volumeClaimTemplates: [
      {
        metadata: { name: "www" },
        spec: {
          accessModes: ["ReadWriteOnce"],
          ...(storageClassName ? { storageClassName } : {}),
          resources: { requests: { storage: "10Gi" } },
        },
      },
    ],
  },
});

describe("volume claims (issue 22 item 4)", () => {
  it("StatefulSet volumeClaimTemplates → one 10 GiB gp3 volume per replica (no count: it follows taskCount)", () => {
    const { services, warnings } = importWorkloads([{ source: "web.yaml", document: statefulSet("gp3") }]);
    expect(services[0]?.persistentVolumes).toEqual([{ name: "www", kind: "gp3", sizeGib: 10 }]);
    expect(warnings.filter((w) => w.field.includes("volumeClaimTemplates"))).toEqual([]);
  });

  it("storage classes: none → gp3 (assumed, said); gp2 → gp2; efs-sc → efs; io2 → gp3 (said)", () => {
    expect(storageKind(undefined)).toMatchObject({ kind: "gp3", assumed: expect.stringContaining("gp3") });
    expect(storageKind("gp2")).toEqual({ kind: "gp2" });
    expect(storageKind("efs-sc")).toEqual({ kind: "efs" });
    expect(storageKind("io2")).toMatchObject({ kind: "gp3", assumed: expect.stringContaining("io2") });
  });

  it("sizes round up to whole GiB: 10G (10⁹ bytes) = 9.31 GiB → 10; 500Mi → 1", () => {
    const at = { source: "a.yaml", field: "spec" };
    expect(claimVolume("d", { resources: { requests: { storage: "10G" } }, storageClassName: "gp3" }, at, [])?.sizeGib).toBe(10);
    expect(claimVolume("d", { resources: { requests: { storage: "500Mi" } }, storageClassName: "gp3" }, at, [])?.sizeGib).toBe(1);
  });

  it("a standalone PersistentVolumeClaim is priced once (count 1) on the Deployment that mounts it; an unmounted one is reported", () => {
    const claim = (name: string) => ({
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: { name },
      spec: { storageClassName: "gp3", resources: { requests: { storage: "20Gi" } } },
    });
    const deployment = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "app" },
      spec: {
        replicas: 2,
        template: {
          spec: {
            containers: [{ name: "c", resources: { requests: { cpu: "100m", memory: "128Mi" } } }],
            volumes: [{ name: "data", persistentVolumeClaim: { claimName: "app-data" } }],
          },
        },
      },
    };
    const { services, warnings } = importWorkloads([
      { source: "claims.yaml#1", document: claim("app-data") },
      { source: "claims.yaml#2", document: claim("orphan") },
      { source: "app.yaml", document: deployment },
    ]);
    expect(services.map((s) => [s.name, s.persistentVolumes])).toEqual([
      ["app", [{ name: "app-data", kind: "gp3", sizeGib: 20, count: 1 }]],
    ]);
    expect(warnings).toContainEqual(expect.objectContaining({ kind: "unsupported", source: "claims.yaml#2 PersistentVolumeClaim/orphan" }));
  });
});
