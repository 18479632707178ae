/**
 * The same plain data with every repeated object or array (deep-equal, same key order) replaced by
 * ONE shared instance, so React's server → browser payload (which writes an object it has already
 * sent as a short reference) carries it once (issue 17 load). The core's JSON repeats a lot: the
 * shared lines (ALB, NAT, logs…) and their rate provenance in all six bills, the same ops activities
 * and ops lines in every ECS and every EKS pattern. Nothing is added, removed or reordered:
 * `JSON.stringify(shareIdentical(x)) === JSON.stringify(x)`. Linear: each subtree gets an integer id
 * from its children's ids, so no subtree is serialised to compare it.
 * Only subtrees of at least `minChars` JSON characters are shared: a reference to a smaller one
 * (`"$7:props:initial:view:json:…"`) would be longer than the object itself.
 * The result must not be mutated (instances are shared); the views built from it never are.
 * @example const a = { rate: { usd: "0.04048", region: "us-east-1" } }; const s = shareIdentical([a, structuredClone(a)], 10);
 * s[0] === s[1] //=> true
 */
export function shareIdentical<T>(value: T, minChars = 80): T {
  const ids = new Map<string, number>();
  const shared = new Map<number, unknown>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  // → the node (possibly a shared instance), its id and its approximate JSON length
  const visit = (node: unknown): { node: unknown; id: number; chars: number } => {
    if (node === null || typeof node !== "object") {
      const text = node === undefined ? "undefined" : typeof node === "string" ? JSON.stringify(node) : `${typeof node}:${String(node)}`;
      return { node, id: idOf(text), chars: text.length };
    }
    let key: string;
    let built: unknown;
    let chars = 2;
    if (Array.isArray(node)) {
      const items = node.map(visit);
      key = `[${items.map((item) => item.id).join(",")}]`;
      built = items.map((item) => item.node);
      for (const item of items) chars += item.chars + 1;
    } else {
      const entries = Object.entries(node as Record<string, unknown>).map(([name, child]) => [name, visit(child)] as const);
      key = `{${entries.map(([name, child]) => `${JSON.stringify(name)}:${child.id}`).join(",")}}`;
      built = Object.fromEntries(entries.map(([name, child]) => [name, child.node]));
      for (const [name, child] of entries) chars += name.length + 3 + child.chars + 1;
    }
    const id = idOf(key);
    if (chars < minChars) return { node: built, id, chars };
    const first = shared.get(id);
    if (first !== undefined) return { node: first, id, chars };
    shared.set(id, built);
    return { node: built, id, chars };
  };
  return visit(value).node as T;
}
