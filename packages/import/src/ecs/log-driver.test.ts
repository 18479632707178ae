import { describe, expect, it } from "vitest";
import { importEcsTaskDefinition } from "./import-task-definition";

const task = (logDriver?: string) => ({
  family: "web",
  cpu: "256",
  memory: "512",
  containerDefinitions: [
    { name: "init" },
    { name: "app", ...(logDriver ? { logConfiguration: { logDriver, options: { "awslogs-group": "/ecs/web" } } } : {}) },
  ],
});

describe("log driver → CloudWatch Logs input (issue 15 item 4: import fills what a task definition states)", () => {
  it("awslogs: the service carries logIngestionGbPerMonth 0 and a hint naming the container's logConfiguration", () => {
    const result = importEcsTaskDefinition(task("awslogs"), "td.json");
    // the task definition states the driver, never the GB a month: 0, so the estimate lists logs as not estimated
    expect(result.services[0]?.logIngestionGbPerMonth).toBe(0);
    const hint = result.warnings.find((w) => w.field === "containerDefinitions[1].logConfiguration");
    expect(hint?.kind).toBe("assumed");
    expect(hint?.message).toContain("log driver awslogs sends container logs to CloudWatch Logs");
    expect(hint?.message).toContain("logIngestionGbPerMonth");
  });

  it("awsfirelens: the same input, with the hint saying FireLens may send elsewhere", () => {
    const result = importEcsTaskDefinition(task("awsfirelens"), "td.json");
    expect(result.services[0]?.logIngestionGbPerMonth).toBe(0);
    expect(result.warnings.some((w) => w.message.includes("through FireLens"))).toBe(true);
  });

  it("no log driver, or one that does not reach CloudWatch Logs (splunk): no logs input, no hint", () => {
    for (const driver of [undefined, "splunk"]) {
      const result = importEcsTaskDefinition(task(driver), "td.json");
      expect(result.services[0]?.logIngestionGbPerMonth).toBeUndefined();
      expect(result.warnings.some((w) => w.field.endsWith("logConfiguration"))).toBe(false);
    }
  });

  it("logConfiguration is read, so it is no longer listed among the ignored container fields", () => {
    const result = importEcsTaskDefinition(task("awslogs"), "td.json");
    expect(result.warnings.some((w) => w.kind === "ignored" && w.message.includes("logConfiguration"))).toBe(false);
  });
});
