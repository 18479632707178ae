import { MESSAGE_CODES, renderMessage } from "@repo/core";
import { describe, expect, it } from "vitest";
import { renderCoreMessage } from "./core-messages";

describe("the core's message codes in the web's languages", () => {
  it("English is the core's own rendering, for every code", () => {
    for (const code of MESSAGE_CODES) {
      const message = { code, params: { services: "web", service: "web", pattern: "ECS on EC2", types: "c6a.large" } };
      expect(renderCoreMessage(message, "en"), code).toBe(renderMessage(message));
    }
  });

  it("every constraint and ruled-out code the web shows has Japanese (kana or kanji)", () => {
    for (const code of MESSAGE_CODES.filter(
      (c) => (c.startsWith("CONSTRAINT_") || c.startsWith("RULED_OUT_")) && c !== "RULED_OUT_BY_CONSTRAINT",
    )) {
      expect(renderCoreMessage({ code, params: { services: "web", service: "web" } }, "ja"), code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it("a reason from a constraint is that constraint's message in the locale, then its sources", () => {
    const message = {
      code: "RULED_OUT_BY_CONSTRAINT",
      params: {
        constraint: "CONSTRAINT_WINDOWS",
        services: "iis",
        reason: "iis: EKS on Fargate runs no Windows pods",
        sources: "domain.md",
      },
    };
    expect(renderCoreMessage(message, "ja")).toBe("iis: EKS on Fargate は Windows の Pod を実行しません。 [domain.md]");
    expect(renderCoreMessage(message, "en")).toBe(renderMessage(message));
  });
});
