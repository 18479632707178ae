import { describe, expect, it } from "vitest";
import { sharedDir } from "../testing/fixture-paths";
import { buildEmbeddedSnapshot } from "./build-embedded-snapshot";
import { readSharedSources } from "./read-shared-sources";

/** The embedded snapshot gets the same semantic checks as any price file, when it is built. */
describe("buildEmbeddedSnapshot runs checkSnapshot", () => {
  const sources = readSharedSources(`${sharedDir()}/data/aws-pricing`);

  it("the shared data as it is builds a snapshot that passes", () => {
    expect(buildEmbeddedSnapshot(sources).snapshot.rates.length).toBeGreaterThan(1000);
  });

  it("a zero price in fargate_rates.csv fails the build naming the rate", () => {
    const broken = {
      ...sources,
      fargateRatesCsv: sources.fargateRatesCsv.replace(
        "us-east-1,linux-x86,on-demand,vcpu,0.04048,",
        "us-east-1,linux-x86,on-demand,vcpu,0,",
      ),
    };
    expect(broken.fargateRatesCsv).not.toBe(sources.fargateRatesCsv);
    expect(() => buildEmbeddedSnapshot(broken)).toThrow(
      /INVALID_SNAPSHOT: rates\[\d+\] \(us-east-1 fargate\/on-demand\/linux-x86\/vcpu-hours\): price 0 USD is not positive/,
    );
  });
});
