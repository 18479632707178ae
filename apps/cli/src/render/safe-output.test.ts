import { describe, expect, it } from "vitest";
import { runCli, tempFile } from "../test-support/run-cli";
import { escapeControlChars, oneLine } from "./safe-text";

const ESC = "\u001b";
const hostile = (name: string) => JSON.stringify({ region: "us-east-1", services: [{ name, taskCount: 2, vcpu: 0.5, memoryGib: 1 }] });

describe("user text is never written raw to a terminal or a spreadsheet", () => {
  it("escapes ESC, other C0/C1 controls and bidi overrides but keeps line breaks", () => {
    expect(escapeControlChars(`a${ESC}[31mb\u0007\u009b\u202e\nc`)).toBe("a\\x1b[31mb\\x07\\x9b\\u202e\nc");
    expect(oneLine("a\nb\rc")).toBe("a\\x0ab\\x0dc");
  });

  it.each(["table", "markdown"])(
    "--format %s shows a service named web\\x1b[31m escaped (no raw ESC reaches the terminal)",
    async (format) => {
      const { code, stdout } = await runCli("estimate", tempFile("s.json", hostile(`web${ESC}[31m`)), "--format", format);
      expect(code).toBe(0);
      expect(stdout).not.toContain(ESC);
      expect(stdout).toContain("web\\x1b[31m");
    },
  );

  it("--format csv writes a service named =HYPERLINK(...) as inert text ('=…, quoted), per OWASP", async () => {
    const { code, stdout } = await runCli("estimate", tempFile("s.json", hostile('=HYPERLINK("http://x","y")')), "--format", "csv");
    expect(code).toBe(0);
    expect(stdout).toContain(`"'=HYPERLINK(""http://x"",""y"")`);
    expect(stdout).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("a duplicated hostile service name in an error stays on one stderr line with ESC escaped", async () => {
    const name = `x${ESC}[2J\ny`;
    const file = tempFile(
      "s.json",
      JSON.stringify({ region: "us-east-1", services: [0, 1].map(() => ({ name, taskCount: 1, vcpu: 0.5, memoryGib: 1 })) }),
    );
    const { code, stderr } = await runCli("estimate", file);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).not.toContain(ESC);
    expect(stderr).toContain("x\\x1b[2J\\x0ay");
  });
});
