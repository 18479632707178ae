// The entry point of the built CLI (dist/costcalc.mjs): load the bundled app with its code cache
// (launcher/load-app.ts), run the command line, exit with its code.
import { loadApp } from "./launcher/load-app";

process.exitCode = await loadApp(import.meta.dirname).app.main(process.argv);
