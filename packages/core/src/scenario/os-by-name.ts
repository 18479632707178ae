import { memoEntry } from "../util/memo-entry";

/** A service's OS by its name (the first service of a name wins), once per services list. */
const memo = new WeakMap<readonly { name: string; os: string }[], ReadonlyMap<string, string>>();

/**
 * The OS of each service by name, worked out once per list: every EC2-backed pattern of a run and each pattern's ops
 * drivers look a node group's first service up (issue 19: each built this map over all services again).
 * @example osByName([{ name: "web", os: "linux" }, { name: "iis", os: "windows" }]).get("iis") //=> "windows"
 */
export function osByName<S extends { name: string; os: string }>(services: readonly S[]): ReadonlyMap<string, S["os"]> {
  const map = memoEntry(memo, services, () => {
    const built = new Map<string, string>();
    for (const s of services) if (!built.has(s.name)) built.set(s.name, s.os);
    return built;
  });
  return map as ReadonlyMap<string, S["os"]>;
}
