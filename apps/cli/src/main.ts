import { Command, CommanderError } from "commander";
import { registerCompare } from "./commands/compare";
import { registerDiff } from "./commands/diff";
import { registerEstimate } from "./commands/estimate";
import { registerImport } from "./commands/import";
import { registerPortfolio } from "./commands/portfolio";
import { registerPrices } from "./commands/prices";
import { registerSchema } from "./commands/schema";
import { describeFailure } from "./io/cli-error";
import { EXIT_BAD_INPUT, EXIT_OK } from "./io/exit-codes";
import { CLI_VERSION } from "./version";

export type Io = { stdout: (text: string) => void; stderr: (text: string) => void };
const processIo: Io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** Wires the commands and maps every failure to one stderr line and an exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = new Command("costcalc")
    .description("Cost and trade-off calculator for containers on AWS (ECS/EKS × Fargate/EC2)")
    .version(CLI_VERSION, "-V, --version", "print the version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerEstimate(program, io.stdout);
  registerCompare(program, io.stdout);
  registerDiff(program, io.stdout);
  registerImport(program, io);
  registerPortfolio(program, io.stdout);
  registerSchema(program, io.stdout);
  registerPrices(program, io);
  try {
    await program.parseAsync([...argv]);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    const failure = describeFailure(error);
    io.stderr(`${failure.message}\n`);
    return failure.exitCode;
  }
}
