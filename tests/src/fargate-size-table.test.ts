import { readFileSync } from "node:fs";
import { FARGATE_SIZE_TABLE } from "@repo/core";
import { parseCsv } from "@repo/pricing";
import { describe, expect, it } from "vitest";
import { awsPricingFile } from "./fixture-paths";

/** "0.5,1,2" or "4..16 step 1" (GiB) → MiB values, as the CSV writes them. */
function memoryOptionsMib(cell: string): number[] {
  const range = /^(\d+)\.\.(\d+) step (\d+)$/.exec(cell);
  if (!range) return cell.split(",").map((gib) => Number(gib) * 1024);
  const [from, to, step] = range.slice(1).map(Number) as [number, number, number];
  const values: number[] = [];
  for (let gib = from; gib <= to; gib += step) values.push(gib * 1024);
  return values;
}

describe("one Fargate size table: core's FARGATE_SIZE_TABLE is exactly derived/fargate_valid_task_sizes.csv", () => {
  const rows = parseCsv(readFileSync(awsPricingFile("derived/fargate_valid_task_sizes.csv"), "utf8"));
  it("same CPU rows, memory options and ECS-only flag (S12, S15, S26)", () => {
    expect(FARGATE_SIZE_TABLE.map((row) => ({ cpuUnits: row.cpuUnits, memoryMib: [...row.memoryMib], ecsOnly: row.ecsOnly }))).toEqual(
      rows.map((row) => ({
        cpuUnits: Number(row.cpu_units),
        memoryMib: memoryOptionsMib(row.memory_options_GiB ?? ""),
        ecsOnly: (row.applies_to ?? "").startsWith("ECS only"),
      })),
    );
  });
});
