import { describe, expect, it } from "vitest";
import { recommend } from "./recommend";
import type { PatternView } from "./view-types";

const pattern = (id: PatternView["id"], status: PatternView["status"], monthlyUsd: string | null): PatternView => ({
  id, label: id, status, monthlyUsd, yearlyUsd: null, threeYearUsd: null, byCategory: {}, lines: [], ruledOutReasons: [], missingRates: [], notes: [], nodePlans: [],
});

describe("recommendation (cheapest fully priced pattern)", () => {
  it("picks the lowest total and gives the exact gap to the runner-up (196.335 − 161.8953 = 34.4397)", () => {
    const rec = recommend([pattern("ecs-fargate", "priced", "161.8953"), pattern("ecs-ec2", "priced", "196.335"), pattern("eks-ec2", "priced", "269.335")]);
    expect(rec).toMatchObject({ patternId: "ecs-fargate", runnerUp: { patternId: "ecs-ec2", savingsUsd: "34.4397" }, excluded: [] });
  });

  it("an incomplete pattern is never recommended, even when its partial total is lowest (missing rates are not $0)", () => {
    const rec = recommend([pattern("ecs-fargate", "incomplete", "1"), pattern("ecs-ec2", "priced", "50")]);
    expect(rec?.patternId).toBe("ecs-ec2");
    expect(rec?.excluded).toEqual([{ patternId: "ecs-fargate", label: "ecs-fargate", status: "incomplete" }]);
  });

  it("no priced pattern → no recommendation", () => {
    expect(recommend([pattern("eks-fargate", "ruled-out", null)])).toBeNull();
  });
});
