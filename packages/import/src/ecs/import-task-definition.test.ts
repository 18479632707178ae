import { describe, expect, it } from "vitest";
import { importEcsTaskDefinition } from "./import-task-definition";

// The `aws ecs describe-task-definition` example of the AWS CLI reference (family hello_world,
// revision 8: WordPress + MySQL, bridge mode, container-level cpu 10 units / memory 500 MiB each).
const helloWorld = {
  taskDefinition: {
    status: "ACTIVE",
    networkMode: "bridge",
    family: "hello_world",
    placementConstraints: [],
    requiresAttributes: [],
    volumes: [],
    taskDefinitionArn: "arn:aws:ecs:us-west-2:123456789012:task-definition/hello_world:8",
    containerDefinitions: [
      {
        environment: [],
        name: "wordpress",
        links: ["mysql"],
        mountPoints: [],
        image: "wordpress",
        essential: true,
        portMappings: [{ containerPort: 80, hostPort: 80 }],
        memory: 500,
        cpu: 10,
        volumesFrom: [],
      },
      {
        environment: [{ name: "MYSQL_ROOT_PASSWORD", value: "password" }],
        name: "mysql",
        mountPoints: [],
        image: "mysql",
        cpu: 10,
        portMappings: [],
        memory: 500,
        essential: true,
        volumesFrom: [],
      },
    ],
    revision: 8,
  },
};

const fargateArm = {
  family: "web",
  networkMode: "awsvpc",
  requiresCompatibilities: ["FARGATE"],
  cpu: "512",
  memory: "1 GB",
  runtimePlatform: { cpuArchitecture: "ARM64", operatingSystemFamily: "LINUX" },
  ephemeralStorage: { sizeInGiB: 30 },
  containerDefinitions: [{ name: "app", image: "nginx", resourceRequirements: [{ type: "GPU", value: "1" }] }],
};

describe("importEcsTaskDefinition", () => {
  it("AWS CLI example: no task size, so containers: 10 CPU units = 9.765625m rounded up to 10m, 500 MiB hard limit each", () => {
    const { services, warnings } = importEcsTaskDefinition(helloWorld, "td.json");
    expect(services).toEqual([
      {
        name: "hello_world",
        taskCount: 1,
        containers: [
          { name: "wordpress", cpu: "10m", memory: "500Mi" },
          { name: "mysql", cpu: "10m", memory: "500Mi" },
        ],
      },
    ]);
    expect(warnings.filter((w) => w.kind === "assumed").map((w) => w.field)).toEqual([
      "taskCount",
      "taskDefinition.containerDefinitions[0].cpu",
      "taskDefinition.containerDefinitions[1].cpu",
    ]);
    // `volumes: []` costs nothing: no "not priced" noise (issue 22 item 4).
    expect(warnings.filter((w) => w.field.includes("volumes"))).toEqual([]);
    expect(warnings.find((w) => w.field === "taskDefinition" && w.kind === "ignored")?.message).toContain("taskDefinitionArn");
  });

  it.each([
    { label: 'task cpu 512 units = 0.5 vCPU and "1 GB" = 1 GiB (ECS reads GB as 1,024 MiB)', key: "vcpu", expected: 0.5 },
    { label: "memory", key: "memoryGib", expected: 1 },
    { label: "runtimePlatform ARM64 → arm64", key: "architecture", expected: "arm64" },
    { label: "ephemeralStorage.sizeInGiB 30 → 30", key: "ephemeralStorageGib", expected: 30 },
  ])("bare Fargate task definition: $label", ({ key, expected }) => {
    const service = importEcsTaskDefinition(fargateArm, "web.json").services[0] as Record<string, unknown>;
    expect(service[key]).toEqual(expected);
  });

  it("reports a GPU resource requirement as unsupported rather than dropping it", () => {
    const { warnings } = importEcsTaskDefinition(fargateArm, "web.json");
    expect(warnings).toContainEqual(
      expect.objectContaining({ kind: "unsupported", field: "containerDefinitions[0].resourceRequirements" }),
    );
  });

  it("memoryReservation (soft) is what ECS reserves, so it wins over the hard memory limit; Windows → windows; tags → tags", () => {
    const { services } = importEcsTaskDefinition(
      {
        taskDefinition: {
          family: "svc",
          runtimePlatform: { operatingSystemFamily: "WINDOWS_SERVER_2022_CORE" },
          containerDefinitions: [{ name: "a", cpu: 1024, memory: 2048, memoryReservation: 1024 }],
        },
        tags: [{ key: "team", value: "ops" }],
      },
      "td.json",
    );
    expect(services[0]).toEqual({
      name: "svc",
      taskCount: 1,
      os: "windows",
      containers: [{ name: "a", cpu: "1000m", memory: "1024Mi" }],
      tags: { team: "ops" },
    });
  });

  it.each([
    { label: "no containerDefinitions", doc: { family: "x" }, message: /INVALID_WORKLOAD.*field: containerDefinitions/ },
    {
      label: "cpu that is neither units nor vCPU",
      doc: { family: "x", cpu: "lots", memory: "512", containerDefinitions: [{ name: "a" }] },
      message: /cpu "lots".*field: cpu/,
    },
    {
      label: "container cpu as a string",
      doc: { taskDefinition: { containerDefinitions: [{ name: "a", cpu: "256" }] } },
      message: /expected number.*field: taskDefinition\.containerDefinitions\[0\]\.cpu/,
    },
  ])("bad file: $label → one clear error", ({ doc, message }) => {
    expect(() => importEcsTaskDefinition(doc, "bad.json")).toThrow(message);
  });
});
