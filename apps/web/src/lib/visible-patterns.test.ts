import { embeddedPriceBook } from "@repo/core";
import { describe, expect, it } from "vitest";
import { buildView } from "./build-view";
import { SMALL_WEB_APP } from "./presets";
import { visibleView } from "./visible-patterns";

describe("showing or hiding the managed-node patterns (issue 16)", () => {
  const { view } = buildView(SMALL_WEB_APP.state, embeddedPriceBook());
  it("shown (the default): the core's six patterns in its order, the classic four first", () => {
    expect(visibleView(view, "show")?.patterns.map((p) => p.id)).toEqual([
      "ecs-fargate",
      "ecs-ec2",
      "eks-fargate",
      "eks-ec2",
      "ecs-managed-instances",
      "eks-auto-mode",
    ]);
  });
  it("hidden: only the classic four (descriptor.classic), the core's result itself untouched", () => {
    const hidden = visibleView(view, "hide");
    expect(hidden?.patterns.map((p) => p.id)).toEqual(["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"]);
    expect(hidden?.json).toBe(view?.json);
    expect(view?.patterns).toHaveLength(6);
  });
  it("no view (bad input) stays no view", () => {
    expect(visibleView(null, "hide")).toBeNull();
  });
});
