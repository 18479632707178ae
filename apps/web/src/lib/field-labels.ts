import type { MessageKey, Messages } from "./i18n";
import type { ServiceRow } from "./service-row";

const SERVICE_LABELS: Record<string, MessageKey> = {
  name: "serviceName",
  count: "taskCount",
  vcpu: "vcpu",
  memoryGib: "memoryGib",
  arch: "architecture",
  os: "os",
  scheduleKind: "schedule",
  scheduleB: "secondsPerRun",
};

/**
 * A form field key as the user knows it: the label they see beside the control, in their language,
 * and for a service field the service's name — never a zero-based path.
 * @example fieldLabel("services[0].vcpu", [{ name: "web", … }], en) //=> "vCPU (web)"
 * @example fieldLabel("natCount", [], en) //=> "NAT gateways"
 */
export function fieldLabel(field: string, services: readonly ServiceRow[], t: Messages): string {
  const service = /^services\[(\d+)\]\.(\w+)$/.exec(field);
  if (service) {
    const index = Number(service[1]);
    const row = services[index];
    const sub = service[2] ?? "name";
    const key = sub === "scheduleA" ? (row?.scheduleKind === "hours" ? "hoursPerMonth" : "runs") : SERVICE_LABELS[sub];
    const name = row?.name.trim() || `${t.services} ${index + 1}`;
    return `${key ? t[key] : sub} (${name})`;
  }
  return field in t ? t[field as MessageKey] : field;
}
