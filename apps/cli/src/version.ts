import manifest from "../package.json" with { type: "json" };

/** The CLI's version, printed by `costcalc --version` (the workspace package.json is the one source). */
export const CLI_VERSION: string = manifest.version;
