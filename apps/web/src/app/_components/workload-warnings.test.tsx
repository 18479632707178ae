// @vitest-environment happy-dom
import { embeddedPriceBook, modelScenario, renderMessage, toModelJson } from "@repo/core";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { WorkloadWarnings } from "./workload-warnings";

afterEach(cleanup);

/** A `*\/2 * * * *` CronJob with Forbid and an assumed 3,600 s run (issue 22), priced by core. */
const warnings = toModelJson(
  modelScenario(
    {
      region: "us-east-1",
      services: [
        {
          name: "sync",
          taskCount: 1,
          vcpu: 0.25,
          memoryGib: 0.5,
          schedule: { runsPerDay: 720, durationSeconds: 3600, durationAssumed: true, concurrencyPolicy: "Forbid" },
        },
      ],
    },
    embeddedPriceBook(),
  ),
).workloadWarnings;

describe("WorkloadWarnings: the core's workload warnings in the user's language", () => {
  it("English: core's own rendering of each code, in order (assumed run time, then Forbid's 730 of 21,900 runs)", () => {
    render(<WorkloadWarnings warnings={warnings} locale="en" />);
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(warnings.map(renderMessage));
    expect(items[1]).toContain("730 of the 21900 scheduled runs");
  });

  it("Japanese: the web catalog's templates with the same parameters", () => {
    render(<WorkloadWarnings warnings={warnings} locale="ja" />);
    expect(screen.getAllByRole("listitem")[1]?.textContent).toMatch(/sync: .*21900.*730/);
    expect(screen.getAllByRole("listitem")[1]?.textContent).toMatch(/[\u3040-\u30ff]/);
  });

  it("no warnings: nothing rendered", () => {
    const { container } = render(<WorkloadWarnings warnings={[]} locale="en" />);
    expect(container.textContent).toBe("");
  });
});
