// The entry point of the built CLI (dist/costcalc.mjs): run the command line, exit with its code.
import { main } from "./main";

process.exitCode = await main(process.argv);
