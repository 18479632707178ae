import type { TaskGroup } from "./pack-tasks";

/** Task groups merged by shape, with the way back from a packing's unplaceable names to every service's. */
export type MergedShapes = {
  /** One group per distinct (CPU, memory) with a task, named after its first service by name; counts summed. */
  groups: TaskGroup[];
  /** The unplaceable names of a packing of `groups`, expanded to every service of each shape (packTasks' order). */
  expand: (unplaceable: readonly string[]) => string[];
};

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merges the groups of one shape before packing (issue 19: a node group of 1,000 services has a
 * dozen shapes, and every candidate type sorted and merged all 1,000 again). The packings see the same
 * items: every order packTasks and packExactly use sorts by shape first and by name last, so one
 * shape's groups always sit together in name order and `mergeIdenticalRuns` turned them into exactly
 * this group (the first name, the summed count) — the node counts and per-node usage are unchanged,
 * and `expand` restores the unplaceable names packTasks reported (each shape's names in name order).
 * @example mergeShapes([{ name: "b", cpuMillicores: 500, memoryBytes: 1, count: 2 }, { name: "a", cpuMillicores: 500, memoryBytes: 1, count: 3 }]).groups
 * //=> [{ name: "a", cpuMillicores: 500, memoryBytes: 1, count: 5 }]
 */
export function mergeShapes(groups: readonly TaskGroup[]): MergedShapes {
  const byShape = new Map<string, { group: TaskGroup; names: string[] }>();
  for (const g of groups) {
    if (g.count <= 0) continue;
    const key = `${g.cpuMillicores}|${g.memoryBytes}`;
    const seen = byShape.get(key);
    if (seen) {
      seen.group.count += g.count;
      seen.names.push(g.name);
    } else {
      byShape.set(key, { group: { ...g }, names: [g.name] });
    }
  }
  const namesOf = new Map<string, string[]>();
  const merged: TaskGroup[] = [];
  for (const { group, names } of byShape.values()) {
    if (names.length > 1) names.sort(byCodeUnit);
    group.name = names[0] ?? group.name;
    namesOf.set(group.name, names);
    merged.push(group);
  }
  return { groups: merged, expand: (unplaceable) => unplaceable.flatMap((name) => namesOf.get(name) ?? [name]) };
}
