/**
 * The bad-input corpus (issue 17): every case is a file the CLI must refuse with exit 2 and ONE stderr
 * line naming the offending field. Generated from a valid base scenario by setting one field to a value
 * outside the bounds of packages/core/src/scenario/limits.ts (or of the schema), plus hand-written files
 * for the structural cases (too many services, alias bombs, deep nesting, hostile text, import quantities).
 */
export type BadInputCase = {
  label: string;
  /** CLI arguments; "$FILE" is replaced by the case's file. */
  args: string[];
  file: { name: string; text: string };
  /** Must appear in the stderr line (usually "(field: …)"). */
  expect: string;
};

const BASE_SERVICE = { name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 };
const base = (): Record<string, unknown> => ({ region: "us-east-1", services: [{ ...BASE_SERVICE }] });

/** A copy of the base scenario with `path` set to `value` (intermediate objects created). */
function withValue(path: string, value: unknown): Record<string, unknown> {
  const scenario = base();
  const keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  let target: Record<string, unknown> = scenario;
  keys.slice(0, -1).forEach((key, i) => {
    const next = target[key];
    if (typeof next !== "object" || next === null) target[key] = /^\d+$/.test(keys[i + 1] ?? "") ? [] : {};
    target = target[key] as Record<string, unknown>;
  });
  target[keys[keys.length - 1] as string] = value;
  return scenario;
}

const json = (name: string, value: unknown) => ({ name, text: JSON.stringify(value) });
const estimate = (label: string, file: { name: string; text: string }, expect: string): BadInputCase => ({
  label,
  args: ["estimate", "$FILE"],
  file,
  expect,
});

/** [field, value above the max, value below the min, extra fields the case needs]. */
type Bound = [string, number, number | null, Record<string, unknown>?];
const BOUNDS: Bound[] = [
  ["services[0].taskCount", 5001, -1],
  ["services[0].vcpu", 193, 0],
  ["services[0].memoryGib", 32_769, 0],
  ["services[0].schedule.hoursPerMonth", 731, 0],
  ["services[0].schedule.runsPerDay", 86_401, 0, { "services[0].schedule.durationSeconds": 60 }],
  ["services[0].schedule.runsPerMonth", 2_628_001, 0, { "services[0].schedule.durationSeconds": 60 }],
  ["services[0].schedule.durationSeconds", 2_628_001, 0, { "services[0].schedule.runsPerDay": 1 }],
  ["services[0].ephemeralStorageGib", 201, 19],
  ["services[0].publicIpv4PerTask", 17, -1],
  ["extras.loadBalancers.count", 1001, -1],
  ["extras.loadBalancers.averageLcuPerHour", 100_001, -1, { "extras.loadBalancers.count": 1 }],
  ["extras.natGateways.count", 1001, -1],
  ["extras.natGateways.monthlyDataProcessedGb", 1e300, -1, { "extras.natGateways.count": 1 }],
  ["eks.clusterCount", 101, 0],
  ["ec2.nodeCount", 5001, 0],
  ["ec2.minNodes", 5001, 0],
  ["ec2.availabilityZones", 7, 0],
  ["ec2.headroomPercent", 91, -1],
  ["ec2.memoryOverheadPercent", 51, -1],
  ["ec2.ecsReservedMemoryMib", 65_537, -1],
  ["ec2.rootVolumeGib", 16_385, 0],
  ["ec2.publicIpv4PerNode", 17, -1],
  ["ec2.selection.minGeneration", 10, 0],
  ["ec2.selection.runnersUp", 11, -1],
  ["ops.engineerHourlyUsd", 10_001, 0],
  ["ops.environments", 1001, 0],
  ["ops.engineersJoiningPerYear", 1001, -1],
  ["ops.maxScaleMultiplier", 101, 0],
  ["purchase.ec2.discountPercent", 101, -1],
  ["purchase.fargate.ecs.discountPercent", 101, -1],
];

function boundCases(): BadInputCase[] {
  const cases: BadInputCase[] = [];
  for (const [field, above, below, extra] of BOUNDS) {
    const make = (value: unknown) => {
      const scenario = withValue(field, value);
      for (const [path, v] of Object.entries(extra ?? {})) Object.assign(scenario, withValueOn(scenario, path, v));
      return scenario;
    };
    const slug = field.replace(/\W+/g, "-");
    cases.push(estimate(`${field} = ${above} (above the max)`, json(`${slug}-above.json`, make(above)), `(field: ${field})`));
    if (below !== null)
      cases.push(estimate(`${field} = ${below} (below the min)`, json(`${slug}-below.json`, make(below)), `(field: ${field})`));
    cases.push(estimate(`${field} = "lots" (not a number)`, json(`${slug}-text.json`, make("lots")), `(field: ${field})`));
  }
  return cases;
}

/** Sets a path on an existing scenario (for the extra fields a case needs). */
function withValueOn(scenario: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  let target = scenario;
  for (const key of keys.slice(0, -1)) {
    if (typeof target[key] !== "object" || target[key] === null) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys[keys.length - 1] as string] = value;
  return scenario;
}

const yamlScenario = (service: string, extra = "") => `region: us-east-1\n${extra}services:\n  - { name: web, ${service} }\n`;
const yaml = (name: string, text: string) => ({ name, text });

function handWritten(): BadInputCase[] {
  const many = (n: number, taskCount: number) => ({
    region: "us-east-1",
    services: Array.from({ length: n }, (_, i) => ({ ...BASE_SERVICE, name: `s${i}`, taskCount })),
  });
  const bomb = [
    "a: &a [x, x, x, x, x, x, x, x, x]",
    ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`),
  ].join("\n");
  const deepFlow = `region: us-east-1\nservices: ${"[".repeat(5000)}${"]".repeat(5000)}\n`;
  const deepBlock = Array.from({ length: 400 }, (_, i) => `${" ".repeat(i)}- x`).join("\n");
  const k8s = (container: string, spec = "") =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n${spec}  template:\n    spec:\n      containers:\n        - ${container}\n`;
  const importCase = (label: string, text: string, expect: string): BadInputCase => ({
    label,
    args: ["import", "$FILE"],
    file: yaml("workload.yaml", text),
    expect,
  });
  return [
    estimate(
      "taskCount 1e7 (the web-crash link's count)",
      yaml("1e7.yaml", yamlScenario("taskCount: 1e7, vcpu: 0.5, memoryGib: 1")),
      "(field: services[0].taskCount)",
    ),
    estimate(
      "taskCount 2^53",
      yaml("2p53.yaml", yamlScenario("taskCount: 9007199254740992, vcpu: 0.5, memoryGib: 1")),
      "(field: services[0].taskCount)",
    ),
    estimate(
      "taskCount .inf (YAML infinity)",
      yaml("inf.yaml", yamlScenario("taskCount: .inf, vcpu: 0.5, memoryGib: 1")),
      "(field: services[0].taskCount)",
    ),
    estimate(
      "taskCount .nan (YAML NaN)",
      yaml("nan.yaml", yamlScenario("taskCount: .nan, vcpu: 0.5, memoryGib: 1")),
      "(field: services[0].taskCount)",
    ),
    estimate(
      "taskCount 1.5 (fractional)",
      yaml("frac.yaml", yamlScenario("taskCount: 1.5, vcpu: 0.5, memoryGib: 1")),
      "(field: services[0].taskCount)",
    ),
    estimate(
      "memoryGib 1e308 (printed 'Infinity GB' before)",
      yaml("1e308.yaml", yamlScenario("taskCount: 1, vcpu: 1000, memoryGib: 1e308")),
      "(field: services[0].vcpu)",
    ),
    estimate(
      "memoryGib -.inf",
      yaml("neginf.yaml", yamlScenario("taskCount: 1, vcpu: 1, memoryGib: -.inf")),
      "(field: services[0].memoryGib)",
    ),
    estimate("5,001 services (ECS services-per-cluster quota)", json("5001-services.json", many(5001, 1)), "(field: services)"),
    estimate("31 × 5,000 = 155,000 tasks (Kubernetes 150,000 pods)", json("155k-tasks.json", many(31, 5000)), "(field: services)"),
    estimate("100,000 services (5.2 MB: refused by size before parsing)", json("100k-services.json", many(100_000, 1)), "FILE_TOO_LARGE"),
    estimate(
      "container cpu 193 cores",
      json("ccpu.json", {
        region: "us-east-1",
        services: [{ name: "web", taskCount: 1, containers: [{ name: "a", cpu: "193", memory: "1Gi" }] }],
      }),
      "(field: services[0].containers[0].cpu)",
    ),
    estimate(
      "container memory 1Pi",
      json("cmem.json", {
        region: "us-east-1",
        services: [{ name: "web", taskCount: 1, containers: [{ name: "a", cpu: "1", memory: "1Pi" }] }],
      }),
      "(field: services[0].containers[0].memory)",
    ),
    estimate(
      "container cpu 1e999",
      json("c1e999.json", {
        region: "us-east-1",
        services: [{ name: "web", taskCount: 1, containers: [{ name: "a", cpu: "1e999", memory: "1Gi" }] }],
      }),
      "(field: services[0].containers[0].cpu)",
    ),
    estimate(
      "65 containers",
      json("65c.json", {
        region: "us-east-1",
        services: [{ name: "web", taskCount: 1, containers: Array.from({ length: 65 }, (_, i) => ({ name: `c${i}`, cpu: "1m" })) }],
      }),
      "(field: services[0].containers)",
    ),
    estimate(
      "service name of 300 characters",
      json("longname.json", withValue("services[0].name", "x".repeat(300))),
      "(field: services[0].name)",
    ),
    estimate(
      "51 tags (AWS allows 50 per resource)",
      json("tags.json", withValue("services[0].tags", Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"])))),
      "(field: services[0].tags)",
    ),
    estimate(
      "a 400-digit Spot price",
      json("spot.json", withValue("purchase.ec2.spotPricesUsdPerHour", { "m5.large": "9".repeat(400) })),
      "(field: purchase.ec2.spotPricesUsdPerHour.m5.large)",
    ),
    estimate(
      "hostile ESC in a duplicated service name",
      json("esc.json", { region: "us-east-1", services: [0, 1].map(() => ({ ...BASE_SERVICE, name: "x\u001b[31m" })) }),
      "(field: services[1].name)",
    ),
    estimate("region with a control character", json("region.json", withValue("region", "us-east-1\u0007")), "(field: region)"),
    estimate("YAML alias bomb (9^7 nodes)", yaml("bomb.yaml", bomb), "MALFORMED_FILE"),
    estimate("5,000-deep flow list", yaml("deep-flow.yaml", deepFlow), "FILE_TOO_LARGE"),
    estimate("400-deep block list", yaml("deep-block.yaml", deepBlock), "FILE_TOO_LARGE"),
    estimate(
      "5,000-deep JSON array",
      { name: "deep.json", text: `{"region":"us-east-1","services":${"[".repeat(5000)}${"]".repeat(5000)}}` },
      "FILE_TOO_LARGE",
    ),
    importCase("import: YAML alias bomb", bomb, "MALFORMED_FILE"),
    importCase("import: 5,000-deep nested list", deepFlow, "FILE_TOO_LARGE"),
    importCase(
      'import: cpu "1e999"',
      k8s('{ name: app, resources: { requests: { cpu: "1e999", memory: 1Gi } } }'),
      "(field: spec.template.spec.containers[0].resources.requests.cpu)",
    ),
    importCase(
      'import: memory "-1Gi"',
      k8s('{ name: app, resources: { requests: { cpu: "1", memory: "-1Gi" } } }'),
      "(field: spec.template.spec.containers[0].resources.requests.memory)",
    ),
    importCase(
      'import: memory "1Zi"',
      k8s('{ name: app, resources: { requests: { cpu: "1", memory: "1Zi" } } }'),
      "(field: spec.template.spec.containers[0].resources.requests.memory)",
    ),
    importCase(
      "import: replicas 1000000000",
      k8s("{ name: app, resources: { requests: { cpu: 1, memory: 1Gi } } }", "  replicas: 1000000000\n"),
      "(field: spec.replicas)",
    ),
    importCase(
      "import: Windows on ARM64",
      k8s("{ name: app, resources: { requests: { cpu: 1, memory: 1Gi } } }", "").replace(
        "    spec:\n",
        '    spec:\n      nodeSelector: { "kubernetes.io/os": windows, "kubernetes.io/arch": arm64 }\n',
      ),
      "(field: spec.template.spec.nodeSelector)",
    ),
  ];
}

/** Every case of the corpus (≥ 100). */
export function badInputCorpus(): BadInputCase[] {
  return [...boundCases(), ...handWritten()];
}
