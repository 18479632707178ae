import { describe, expect, it } from "vitest";
import { importWorkloads } from "./import-workloads";

const deployment = (name: string) => ({
  kind: "Deployment",
  metadata: { name },
  spec: { template: { spec: { containers: [{ name: "a", resources: { requests: { cpu: "1", memory: "1Gi" } } }] } } },
});

describe("importWorkloads", () => {
  it("detects ECS and Kubernetes documents, keeps input order, renames duplicate names (reported)", () => {
    const result = importWorkloads([
      { source: "a.yaml", document: deployment("web") },
      { source: "td.json", document: { family: "web", cpu: "256", memory: "512", containerDefinitions: [{ name: "app" }] } },
      { source: "a.yaml", document: null },
    ]);
    expect(result.services.map((s) => s.name)).toEqual(["web", "web-2"]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ field: "name", message: "duplicate service name renamed: web → web-2" }),
    );
  });

  it("rejects a document that is neither format, naming both", () => {
    expect(() => importWorkloads([{ source: "x.json", document: { hello: 1 } }])).toThrow(
      /x\.json: neither an ECS task definition .* nor a Kubernetes object/,
    );
  });
});
