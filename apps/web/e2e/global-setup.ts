import type { TestProject } from "vitest/node";
import { startWebServer } from "./web-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One `next start` for the whole e2e run; its URL is provided to every test file. */
export default async function setup(project: TestProject) {
  const server = await startWebServer();
  project.provide("baseUrl", server.baseUrl);
  return () => server.stop();
}
