import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { embeddedPriceBook } from "@repo/core";
import { afterAll, describe, expect, it } from "vitest";
import { checkPricesFile } from "./check-prices-file";

const work = mkdtempSync(join(tmpdir(), "web-check-prices-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("checkPricesFile: the start-up check uses the CLI's --prices loader", () => {
  it("the embedded snapshot written to a file is accepted (nothing to report)", () => {
    const file = join(work, "ok.json");
    writeFileSync(file, JSON.stringify(embeddedPriceBook().snapshot));
    expect(checkPricesFile(file)).toBeUndefined();
  });

  it("a file that is not JSON is INVALID_SNAPSHOT on one line, prefixed with the variable and path", () => {
    const file = join(work, "broken.json");
    writeFileSync(file, "{\n  not json");
    const problem = checkPricesFile(file);
    expect(problem).toMatch(new RegExp(`^\\[web\\] PRICES_FILE=${file}: \\[core\\] INVALID_SNAPSHOT: ${file} is not valid JSON: `));
    expect(problem).not.toContain("\n");
  });
});
