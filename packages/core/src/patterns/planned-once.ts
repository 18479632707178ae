import { planNodeGroups } from "../ec2/plan-node-groups";
import type { PriceBook } from "../price-book/price-book";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { memoEntry, newMap } from "../util/memo-entry";

export type Planned = ReturnType<typeof planNodeGroups>;
/** Node plans per services list (one pricing run), orchestrator and planning scenario. */
const plannedMemo = new WeakMap<readonly ResolvedService[], Map<string, { planning: Scenario; book: PriceBook; planned: Planned }>>();

/**
 * planNodeGroups once per run for the same inputs: ECS on EC2 and ECS Managed Instances plan the same node
 * groups from the same scenario (`ec2.selection` as is), so the second reuses the first's plans (issue 19:
 * every scaled run of an analysis planned them twice). The plans are shared and never mutated.
 */
export function plannedOnce(
  orchestrator: "ecs" | "eks",
  planning: Scenario,
  services: readonly ResolvedService[],
  book: PriceBook,
  totalsOnly: boolean,
): Planned {
  const perRun = memoEntry(plannedMemo, services, newMap);
  const hit = perRun.get(orchestrator);
  if (hit && hit.planning === planning && hit.book === book) return hit.planned;
  const planned = planNodeGroups(orchestrator, planning, services, book, { details: !totalsOnly });
  perRun.set(orchestrator, { planning, book, planned });
  return planned;
}
