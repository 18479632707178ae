import { PATTERN_IDS } from "../patterns/pattern";
import type { ScenarioInput } from "../scenario/scenario-schema";
import { embeddedPriceBook } from "../snapshot/embedded";

/** Shared inputs for the decisions tests (not part of the public API). */
export const book = embeddedPriceBook();

/** Every activity of every pattern at 0 h and nobody joining: TCO = the AWS bill (for hand-checkable infra-only cases). */
export const NO_OPS_HOURS = {
  engineersJoiningPerYear: 0,
  hours: Object.fromEntries(
    PATTERN_IDS.map((p) => [
      p,
      Object.fromEntries(
        ["orchestrator-upgrades", "add-on-lifecycle", "host-patching", "capacity-scaling", "incidents", "access-security"].map((a) => [
          a,
          0,
        ]),
      ),
    ]),
  ),
};

/**
 * One always-on 1 vCPU / 2 GB service in us-east-1, no extras, on m6i.xlarge nodes with no per-node
 * agents: ECS reserves memory only, so all 4 vCPU are allocatable (16 GiB − 7.5 % − 256 MiB ≈ 14.55 GiB
 * holds 4 × 2 GiB) and a node holds exactly 4 tasks — the hand-checkable case of the worked examples.
 */
export function oneService(taskCount: number, extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    name: "test",
    region: "us-east-1",
    services: [{ name: "app", taskCount, vcpu: 1, memoryGib: 2 }],
    ...extra,
    ec2: { instanceType: "m6i.xlarge", daemonSets: [], ...extra.ec2 },
  };
}
