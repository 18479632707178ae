import { describe, expect, it } from "vitest";
import { osByName } from "./os-by-name";

describe("osByName", () => {
  it("maps each service to its OS, the first service of a name winning, once per list", () => {
    const services = [
      { name: "web", os: "linux" },
      { name: "iis", os: "windows" },
      { name: "web", os: "windows" },
    ];
    const map = osByName(services);
    expect([...map]).toEqual([
      ["web", "linux"],
      ["iis", "windows"],
    ]);
    expect(osByName(services)).toBe(map);
  });
});
