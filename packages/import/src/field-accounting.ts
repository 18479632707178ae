import { warning, type ImportWarning } from "./import-result";

export type FieldRules = {
  /** Keys read by the importer. */
  used: readonly string[];
  /** Keys that may change the bill but are not modelled, with the reason. */
  unsupported?: Readonly<Record<string, string>>;
};

/**
 * Accounts for every key of `object`: used keys pass, unsupported keys become "unsupported"
 * warnings with their reason, and all remaining keys are listed in one "ignored" warning.
 * @example accountFields({ image: "x", cpu: 1 }, { used: ["cpu"] }, "web", "spec") //=> [{ kind: "ignored", field: "spec", message: "not read (no effect on compute cost): image" }]
 */
export function accountFields(object: Record<string, unknown>, rules: FieldRules, source: string, path: string): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const ignored: string[] = [];
  for (const key of Object.keys(object)) {
    if (rules.used.includes(key)) continue;
    const reason = rules.unsupported?.[key];
    if (reason) warnings.push(warning("unsupported", source, path ? `${path}.${key}` : key, reason));
    else ignored.push(key);
  }
  if (ignored.length > 0)
    warnings.push(warning("ignored", source, path || "(top level)", `not read (no effect on compute cost): ${ignored.join(", ")}`));
  return warnings;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
