import type { ScenarioInput } from "./scenario-schema";

/**
 * The one starting scenario both faces open with (issue 20 item 6, "web and CLI defaults agree"):
 * the web calculator's default view (its "Small web app" preset is built from this) and the CLI's
 * `examples/starter.yaml` (a test models both and compares every total). The shared extras — one ALB
 * with 1.5 average LCUs, one NAT gateway processing 200 GB a month — are also examples/web-app.yaml's
 * (a test keeps them equal), so the web's default ALB is no longer priced without LCUs while the
 * CLI's example has them. Usage volumes are illustrative; everything else takes the schema's defaults.
 */
export const STARTER_SCENARIO = {
  name: "Small web app",
  region: "us-east-1",
  services: [
    { name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 },
    { name: "api", taskCount: 2, vcpu: 1, memoryGib: 2 },
  ],
  extras: {
    loadBalancers: { count: 1, averageLcuPerHour: 1.5 },
    natGateways: { count: 1, monthlyDataProcessedGb: 200 },
  },
} as const satisfies ScenarioInput;
