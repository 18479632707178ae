import { memoEntry } from "../util/memo-entry";

/**
 * The valid Fargate CPU/memory combinations (shared/data/aws-pricing/derived/fargate_valid_task_sizes.csv,
 * sources S12 EKS user guide "Fargate pod configuration", S26 ECS task-definition docs, S15 AWS What's
 * New 2026-06-05 for 32 vCPU). CPU in CPU units (1024 = 1 vCPU), memory in MiB (the table's "GB" are GiB).
 */
export type FargateSize = { cpuUnits: number; memoryMib: number };
export type FargateSizeRow = { cpuUnits: number; memoryMib: readonly number[]; ecsOnly: boolean };

const GIB = 1024;
const range = (fromGib: number, toGib: number, stepGib: number): number[] => {
  const values: number[] = [];
  for (let gib = fromGib; gib <= toGib; gib += stepGib) values.push(gib * GIB);
  return values;
};

export const FARGATE_SIZE_TABLE: readonly FargateSizeRow[] = [
  { cpuUnits: 256, memoryMib: [512, 1024, 2048], ecsOnly: false },
  { cpuUnits: 512, memoryMib: range(1, 4, 1), ecsOnly: false },
  { cpuUnits: 1024, memoryMib: range(2, 8, 1), ecsOnly: false },
  { cpuUnits: 2048, memoryMib: range(4, 16, 1), ecsOnly: false },
  { cpuUnits: 4096, memoryMib: range(8, 30, 1), ecsOnly: false },
  { cpuUnits: 8192, memoryMib: range(16, 60, 4), ecsOnly: false },
  { cpuUnits: 16384, memoryMib: range(32, 120, 8), ecsOnly: false },
  // 32 vCPU: ECS only, Linux x86 and ARM (S15, announced 2026-06-05).
  { cpuUnits: 32768, memoryMib: [60 * GIB, 120 * GIB, 244 * GIB], ecsOnly: true },
];

/** Windows containers on Fargate: at least 1 vCPU, at most 4 vCPU / 30 GB (S26, CSV note). */
export const WINDOWS_MIN_CPU_UNITS = 1024;
export const WINDOWS_MAX_CPU_UNITS = 4096;

export const CPU_UNITS_PER_VCPU = 1024;

export type FargateOrchestrator = "ecs" | "eks";

/** Rows valid for an orchestrator (EKS pods top out at 16 vCPU / 120 GB). */
export function fargateSizeRows(orchestrator: FargateOrchestrator): readonly FargateSizeRow[] {
  return orchestrator === "ecs" ? FARGATE_SIZE_TABLE : FARGATE_SIZE_TABLE.filter((row) => !row.ecsOnly);
}

const sizesCache = new Map<FargateOrchestrator, readonly FargateSize[]>();

/** Every valid size, smallest first (by CPU, then memory), as a copy the caller may change. */
export function fargateSizes(orchestrator: FargateOrchestrator): FargateSize[] {
  return [...sharedFargateSizes(orchestrator)];
}

/**
 * The same sizes, frozen and shared: built once per orchestrator, and not copied for each look-up (issue 19: the
 * constraints find each service's size in every scaled run, and copying the table was 5 % of a 1,000-service
 * analysis's allocations).
 */
export function sharedFargateSizes(orchestrator: FargateOrchestrator): readonly FargateSize[] {
  return memoEntry(sizesCache, orchestrator, () =>
    Object.freeze(
      fargateSizeRows(orchestrator).flatMap((row) =>
        row.memoryMib.map((memoryMib) => Object.freeze({ cpuUnits: row.cpuUnits, memoryMib })),
      ),
    ),
  );
}

/** "0.25", "1", "16" — vCPU label of CPU units. */
export function cpuUnitsLabel(cpuUnits: number): string {
  return String(cpuUnits / CPU_UNITS_PER_VCPU);
}

/** "0.5", "2", "244" — GB label of MiB (the table's GB are GiB). */
export function memoryMibLabel(memoryMib: number): string {
  return String(memoryMib / GIB);
}
