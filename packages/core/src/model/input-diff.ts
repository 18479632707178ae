import type { Scenario } from "../scenario/scenario-schema";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const show = (value: Json | undefined): string => (value === undefined ? "(absent)" : JSON.stringify(value));

function walk(path: string, a: Json | undefined, b: Json | undefined, out: string[]): void {
  const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === "object" && v !== null && !Array.isArray(v);
  if (isObject(a) && isObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) walk(path ? `${path}.${key}` : key, a[key], b[key], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${path}: ${show(a)} → ${show(b)}`);
}

/** Services keyed by name, so reordering is not a change and renames read as removed + added. */
function keyed(scenario: Scenario): Json {
  const { services, $schema: _schema, description: _description, ...rest } = scenario;
  const byName: { [key: string]: Json } = {};
  for (const service of services) byName[service.name] = JSON.parse(JSON.stringify({ ...service, name: undefined })) as Json;
  return { ...(JSON.parse(JSON.stringify(rest)) as { [key: string]: Json }), services: byName };
}

/**
 * What changed in the inputs, after defaults: `services.web.taskCount: 2 → 4`, `region: … → …`.
 * The first half of "why did it move".
 * @example diffScenarioInputs(a, b) //=> ["services.web.taskCount: 2 → 4"]
 */
export function diffScenarioInputs(base: Scenario, proposed: Scenario): string[] {
  const out: string[] = [];
  walk("", keyed(base), keyed(proposed), out);
  return out;
}
