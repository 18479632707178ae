/** Bounds the inputs block: a scenario is bounded by its schema, this guards a hand-made object. */
const MAX_INPUT_ROWS = 2000;

/**
 * A parsed scenario as `[field path, value]` pairs, in the paths users see in errors
 * (`services[0].vcpu`): the inputs block of the review CSV. Empty objects and arrays are left out.
 * @example inputRows({ region: "us-east-1", services: [{ name: "web" }] }) //=> [["region", "us-east-1"], ["services[0].name", "web"]]
 */
export function inputRows(scenario: unknown): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const walk = (value: unknown, path: string): void => {
    if (rows.length >= MAX_INPUT_ROWS || value === undefined) return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    } else {
      rows.push([path, value === null ? "" : String(value)]);
    }
  };
  walk(scenario, "");
  return rows;
}
