import { isCoreError, type CoreError } from "@repo/core";
import { describe, expect, it } from "vitest";
import { cronRuns } from "./kubernetes/cron-runs";
import { checkedQuantity, checkServiceCount } from "./check-service";

const caught = (run: () => unknown): CoreError => {
  try {
    run();
  } catch (error) {
    if (isCoreError(error)) return error;
    throw error;
  }
  throw new Error("no CoreError");
};

/** Import errors were English strings; each is a code with the values it names (issue 12 item 5), the CLI line unchanged. */
describe("workload import errors are codes with parameters", () => {
  it("an hour of 25 in a cron schedule: the schedule, the field (a nested code: hour) and the text", () => {
    const error = caught(() => cronRuns("0 25 * * *"));
    expect(error.detail).toEqual({
      code: "ERR_CRON_FIELD",
      params: { schedule: "0 25 * * *", cronField: "CRON_HOUR", value: "25", field: "spec.schedule" },
    });
    expect(error.message).toBe(
      '[core] INVALID_WORKLOAD: cron schedule "0 25 * * *": the hour field "25" is not understood (field: spec.schedule)',
    );
  });

  it("a CPU above 192 vCPU nests core's quantity error and keeps its allowed range after it", () => {
    const error = caught(() => checkedQuantity("cpu", "200", "k8s.yaml", "spec.containers[0].resources.requests.cpu"));
    expect(error.detail.code).toBe("ERR_IMPORT_PROBLEM_ALLOWED");
    expect(error.detail.params).toMatchObject({ problem: "ERR_CPU_OUT_OF_RANGE", value: "200", source: "k8s.yaml" });
    expect(error.message).toBe(
      '[core] INVALID_WORKLOAD: k8s.yaml: CPU "200" is out of range; allowed: 0 to 192000 (whole number) millicores (192 vCPU, the ECS task maximum) (field: spec.containers[0].resources.requests.cpu)',
    );
  });

  it("5,001 services is one more than the ECS services-per-cluster quota (5,000)", () => {
    const error = caught(() => checkServiceCount(5001));
    expect(error.detail).toEqual({ code: "ERR_IMPORT_TOO_MANY_SERVICES", params: { count: 5001, max: 5000, field: "services" } });
  });
});
