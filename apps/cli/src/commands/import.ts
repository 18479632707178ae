import type { PRICE_ON } from "@repo/import";
import type { Command } from "commander";

export const IMPORT_FORMATS = ["yaml", "json"] as const;
/** @repo/import's PRICE_ON, for the help text without loading the importers at start-up (the compiler keeps them equal). */
const PRICE_ON_CHOICES = ["requests", "limits"] as const satisfies typeof PRICE_ON;
export type ImportOptions = { region: string; name: string; format: string; priceOn?: string };

/** `costcalc import`: its options here; the importers (import-run.ts) are loaded only when it runs. */
export function registerImport(program: Command, io: { stdout: (text: string) => void; stderr: (text: string) => void }): void {
  program
    .command("import")
    .description("turn ECS task definitions and Kubernetes workloads (Deployment, StatefulSet, Job, CronJob, DaemonSet) into a scenario")
    .argument("<files...>", "describe-task-definition JSON, or Kubernetes YAML/JSON (multi-document files allowed)")
    .option("-r, --region <region>", "region of the generated scenario", "us-east-1")
    .option("-n, --name <name>", "name of the generated scenario", "Imported workloads")
    .option("-f, --format <format>", `output format: ${IMPORT_FORMATS.join(", ")}`, "yaml")
    .option(
      "--price-on <what>",
      `${PRICE_ON_CHOICES.join(" or ")}: price containers on their requests (what the scheduler reserves) or on their limits where set (an upper bound)`,
      "requests",
    )
    .action(async (files: string[], options: ImportOptions) => {
      const { runImport } = await import("./import-run");
      const { text, summary } = runImport(files, options);
      io.stdout(text);
      io.stderr(summary);
    });
}
