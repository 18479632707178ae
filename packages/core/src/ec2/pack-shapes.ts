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
  // Keyed by number (CPU, then memory): a string key per group was most of the merge's time at 1,000 services.
  const byShape = new Map<number, Map<number, { group: TaskGroup; names: string[] }>>();
  const merged: { group: TaskGroup; names: string[] }[] = [];
  for (const g of groups) {
    if (g.count <= 0) continue;
    let byMemory = byShape.get(g.cpuMillicores);
    if (!byMemory) {
      byMemory = new Map();
      byShape.set(g.cpuMillicores, byMemory);
    }
    const seen = byMemory.get(g.memoryBytes);
    if (seen) {
      seen.group.count += g.count;
      seen.names.push(g.name);
      if (byCodeUnit(g.name, seen.group.name) < 0) seen.group.name = g.name;
    } else {
      const entry = { group: { ...g }, names: [g.name] };
      byMemory.set(g.memoryBytes, entry);
      merged.push(entry);
    }
  }
  // Each shape is named after its first service by name; the names are sorted only when a packing reports one unplaceable.
  const namesOf = new Map<string, string[]>();
  for (const { group, names } of merged) namesOf.set(group.name, names);
  return {
    groups: merged.map((m) => m.group),
    expand: (unplaceable) => unplaceable.flatMap((name) => [...(namesOf.get(name) ?? [name])].sort(byCodeUnit)),
  };
}
