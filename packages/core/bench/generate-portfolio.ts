import type { ScenarioInput } from "../src/index";

/** A deterministic pseudo-random generator (LCG, Numerical Recipes constants): same portfolio every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Valid Fargate pairs (vCPU, GiB) so every service can run on all four patterns. */
const SIZES = [
  [0.25, 0.5],
  [0.25, 1],
  [0.5, 1],
  [0.5, 2],
  [1, 2],
  [1, 4],
  [2, 4],
  [2, 8],
  [4, 8],
  [4, 16],
  [8, 16],
  [8, 32],
] as const;

/**
 * A portfolio of `count` services: mixed task sizes, 1-12 replicas, one in five on arm64, one in
 * twenty a batch job. Pure data; used by the bench only.
 */
export function generatePortfolio(count: number, seed = 42): ScenarioInput {
  const random = lcg(seed);
  const services = Array.from({ length: count }, (_, i) => {
    const [vcpu, memoryGib] = SIZES[Math.floor(random() * SIZES.length)] ?? SIZES[0];
    const isBatch = random() < 0.05;
    return {
      name: `svc-${String(i).padStart(4, "0")}`,
      taskCount: 1 + Math.floor(random() * 12),
      vcpu,
      memoryGib,
      architecture: random() < 0.2 ? ("arm64" as const) : ("x86_64" as const),
      ...(isBatch ? { schedule: { runsPerDay: 4, durationSeconds: 600 } } : {}),
    };
  });
  return { name: `portfolio of ${count}`, region: "us-east-1", services };
}
