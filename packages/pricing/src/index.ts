export { buildEmbeddedSnapshot, type EmbeddedSources } from "./embedded/build-embedded-snapshot";
export { readSharedSources } from "./embedded/read-shared-sources";
export { parseCsv, firstDate } from "./embedded/csv";
