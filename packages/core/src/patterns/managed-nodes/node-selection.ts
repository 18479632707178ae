import { instanceFamily } from "../../ec2/instance-filter";
import type { PriceBook } from "../../price-book/price-book";
import type { InstanceSelection } from "../../scenario/ec2-schema";
import type { Scenario } from "../../scenario/scenario-schema";
import type { ManagedNodesKind } from "../pattern";
import { memoEntry } from "../../util/memo-entry";

/** Families of EKS Auto Mode's built-in NodePools: C, M and R, generation 5 or newer (the EKS User Guide, below). */
const BUILT_IN_POOL_FAMILY = /^[cmr]\d+[a-z]*$/;
export const AUTO_MODE_BUILT_IN_MIN_GENERATION = 5;

/** Whether the user chose the types themselves (a custom NodePool / capacity provider allowedInstanceTypes). */
export function userChoseTypes(scenario: Scenario): boolean {
  return scenario.ec2.instanceType !== undefined || scenario.ec2.selection.families !== undefined;
}

/**
 * The scenario whose `ec2.selection` the node planning of a managed pattern reads:
 * - EKS Auto Mode: the built-in general-purpose NodePool "uses only C, M, R families, generation 5 or newer,
 *   On-Demand" (EKS User Guide "Cost optimization in EKS Auto Mode", stored copy, SOURCES.md;
 *   https://docs.aws.amazon.com/eks/latest/userguide/set-builtin-node-pools.html). Unless the scenario names its
 *   own families or type (a custom NodePool), the cheapest fit searches the catalog's c*, m*, r* families of
 *   generation ≥ 5 that `ec2.selection` also allows. Example: m7i.large qualifies, t3.medium and m4.large do not.
 * - ECS Managed Instances: "the full range of Amazon EC2 instance types"
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html), chosen with
 *   allowedInstanceTypes / excludedInstanceTypes (managed-instances-instance-types.html): `ec2.selection` as is.
 */
export function managedPlanningScenario(kind: ManagedNodesKind, scenario: Scenario, book: PriceBook): Scenario {
  if (kind === "ecs-managed-instances" || userChoseTypes(scenario)) return scenario;
  const hit = planningMemo.get(scenario);
  if (hit?.book === book) return hit.planning;
  const ec2 = autoModeEc2(scenario.ec2, book);
  const planning = ec2 === scenario.ec2 ? scenario : { ...scenario, ec2 };
  planningMemo.set(scenario, { book, planning });
  return planning;
}

/** One planning scenario per scenario and book: the pattern-reuse key and the estimator then share one node plan (planned-once.ts). */
const planningMemo = new WeakMap<Scenario, { book: PriceBook; planning: Scenario }>();

/** The ec2 section with the built-in pool's selection, one object per section and book (the capacity-settings memo is keyed by it). */
const ec2Memo = new WeakMap<Scenario["ec2"], { book: PriceBook; ec2: Scenario["ec2"] }>();

function autoModeEc2(section: Scenario["ec2"], book: PriceBook): Scenario["ec2"] {
  const hit = ec2Memo.get(section);
  if (hit && hit.book === book) return hit.ec2;
  const selection = autoModeSelection(section.selection, book);
  const ec2 = selection ? { ...section, selection } : section;
  ec2Memo.set(section, { book, ec2 });
  return ec2;
}

/** The catalog's families, sorted, once per price book (every scaled run of an analysis asked again: issue 19). */
const familiesMemo = new WeakMap<PriceBook, string[]>();
/** The built-in pool's selection per user selection and book: the same object each run, so the cheapest-fit memos hit. */
const selectionMemo = new WeakMap<InstanceSelection, { book: PriceBook; selection: InstanceSelection | null }>();

function autoModeSelection(selection: InstanceSelection, book: PriceBook): InstanceSelection | null {
  const hit = selectionMemo.get(selection);
  if (hit && hit.book === book) return hit.selection;
  const all = memoEntry(familiesMemo, book, () =>
    [...new Set(book.instanceTypes.map((spec) => instanceFamily(spec.instanceType).family))].sort(),
  );
  const minGeneration = Math.max(selection.minGeneration ?? 0, AUTO_MODE_BUILT_IN_MIN_GENERATION);
  const families = all.filter((family) => BUILT_IN_POOL_FAMILY.test(family) && !selection.excludeFamilies.includes(family));
  const result = families.length === 0 ? null : { ...selection, families, minGeneration };
  selectionMemo.set(selection, { book, selection: result });
  return result;
}
