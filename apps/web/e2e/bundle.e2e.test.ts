import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WEB_ROOT } from "./web-server";

describe("the built client bundle", () => {
  it("does not contain the ~700 KB all-region price snapshot (the browser fetches one region's book instead)", async () => {
    const dir = join(WEB_ROOT, ".next", "static", "chunks");
    const files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith(".js"));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = await readFile(join(dir, name), "utf8");
      // The snapshot's description and its instance catalog are unique to the JSON file.
      expect(text, name).not.toContain("Embedded snapshot built from");
      expect(text, name).not.toMatch(/eksMaxPods"?\s*:\s*58/);
    }
  });

  it("control: the server side does embed it (so the check above looks for the right thing)", async () => {
    const dir = join(WEB_ROOT, ".next", "server");
    const files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith(".js"));
    let found = false;
    for (const name of files) {
      if ((await readFile(join(dir, name), "utf8")).includes("Embedded snapshot built from")) found = true;
    }
    expect(found).toBe(true);
  });
});
