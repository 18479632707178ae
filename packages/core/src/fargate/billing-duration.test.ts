import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { billedSeconds, FARGATE_LINUX_MINIMUM_SECONDS, FARGATE_WINDOWS_MINIMUM_SECONDS } from "./billing-duration";

// Fargate pricing page (S10, S18): per second, 1-minute minimum; Windows 5-minute minimum.
describe("per-second billing with a minimum", () => {
  it.each([
    { label: "a 30 s Linux run is billed the 60 s minimum", seconds: "30", minimum: FARGATE_LINUX_MINIMUM_SECONDS, expected: "60" },
    { label: "a 90.2 s run is rounded up to the next second", seconds: "90.2", minimum: FARGATE_LINUX_MINIMUM_SECONDS, expected: "91" },
    {
      label: "a 2-minute Windows run is billed the 5-minute minimum",
      seconds: "120",
      minimum: FARGATE_WINDOWS_MINIMUM_SECONDS,
      expected: "300",
    },
    { label: "a 20-minute run is billed as is", seconds: "1200", minimum: FARGATE_LINUX_MINIMUM_SECONDS, expected: "1200" },
  ])("$label", ({ seconds, minimum, expected }) => {
    expect(billedSeconds(new Decimal(seconds), minimum).toFixed()).toBe(expected);
  });
});
