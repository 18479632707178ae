import { STARTER_SCENARIO } from "@repo/core";
import type { ScenarioState } from "./scenario-state";
import { FORM_DEFAULTS, SERVICE_DEFAULTS } from "./schema-defaults";
import { NO_USAGE, type ServiceRow } from "./service-row";

/** Typical workloads to start from. The first is also the calculator's default view. */
export type Preset = { id: "small-web-app" | "microservices" | "nightly-batch"; state: ScenarioState };

const row = (
  name: string,
  count: number,
  vcpu: string,
  memoryGib: string,
  arch: string = SERVICE_DEFAULTS.arch,
  schedule?: Partial<ServiceRow>,
): ServiceRow => ({
  name,
  count: String(count),
  vcpu,
  memoryGib,
  arch,
  os: SERVICE_DEFAULTS.os,
  scheduleKind: "hours",
  scheduleA: "730",
  scheduleB: "",
  ...NO_USAGE,
  ...schedule,
});

const shared = {
  region: "us-east-1",
  // The shared extras of core's STARTER_SCENARIO (= the CLI's examples/starter.yaml; web-app.yaml's too).
  albCount: String(STARTER_SCENARIO.extras.loadBalancers.count),
  albLcuPerHour: String(STARTER_SCENARIO.extras.loadBalancers.averageLcuPerHour),
  natCount: String(STARTER_SCENARIO.extras.natGateways.count),
  natMonthlyGb: String(STARTER_SCENARIO.extras.natGateways.monthlyDataProcessedGb),
  // Everything else starts at the core's scenario-schema defaults (ops: typical band, the band's
  // sourced $90/h rate, shared/research/ops-effort.md F35–F38).
  ...FORM_DEFAULTS,
  jpyPerUsd: "",
  currency: "",
  labourMarket: "",
  consumptionTax: "",
} satisfies Omit<ScenarioState, "services">;

/** A public web tier and an API, always on, behind one ALB: core's STARTER_SCENARIO, the CLI's examples/starter.yaml. */
export const SMALL_WEB_APP: Preset = {
  id: "small-web-app",
  state: {
    ...shared,
    services: STARTER_SCENARIO.services.map((service) =>
      row(service.name, service.taskCount, String(service.vcpu), String(service.memoryGib)),
    ),
  },
};

/** Ten services of mixed sizes: where EC2 node packing starts to pay off. */
export const MICROSERVICES: Preset = {
  id: "microservices",
  state: {
    ...shared,
    albCount: "2",
    natCount: "2",
    natMonthlyGb: "500",
    services: [
      row("gateway", 6, "1", "2"),
      row("auth", 4, "0.5", "1"),
      row("orders", 6, "1", "4"),
      row("catalog", 4, "0.5", "2"),
      row("search", 4, "2", "8"),
      row("payments", 3, "0.5", "1"),
      row("notifications", 2, "0.25", "0.5"),
      row("inventory", 4, "1", "2"),
      row("reporting", 2, "2", "4", "arm64"),
      row("events", 4, "0.5", "1", "arm64"),
    ],
  },
};

/** A nightly ETL job and an hourly sync: billed per second of run time. */
export const NIGHTLY_BATCH: Preset = {
  id: "nightly-batch",
  state: {
    ...shared,
    albCount: "0",
    services: [
      row("nightly-etl", 4, "4", "16", "x86_64", { scheduleKind: "daily", scheduleA: "1", scheduleB: "5400" }),
      row("hourly-sync", 1, "1", "2", "arm64", { scheduleKind: "daily", scheduleA: "24", scheduleB: "300" }),
    ],
  },
};

export const PRESETS: readonly Preset[] = [SMALL_WEB_APP, MICROSERVICES, NIGHTLY_BATCH];
