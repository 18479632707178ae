import { embeddedPriceBook, modelScenario, parseScenario, renderMessage } from "@repo/core";
import { describe, expect, it } from "vitest";
import { renderCoreMessage } from "./core-messages";

/**
 * A node group's name inside a note is a code (GROUP_BATCH / GROUP_PLATFORM), not core's English label, so the
 * Japanese page says "nightly、バッチ" where the CLI says "nightly, batch" (issue 20 item 2: no English from core).
 */
const notesOf = (input: object) => {
  const result = modelScenario(parseScenario({ region: "us-east-1", ...input }), embeddedPriceBook(), { scale: false });
  return result.comparison.patterns.find((p) => p.id === "ecs-ec2")?.notes ?? [];
};

describe("node-group names in EC2 notes", () => {
  it("a batch service under Reserved Instances stays On-Demand: its group is named in the page's language", () => {
    // a 10-minute nightly run is 5 h a month (30.4 × 600 s), far from the 730 h an RI bills → On-Demand note
    const notes = notesOf({
      services: [
        { name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 },
        { name: "nightly", taskCount: 1, vcpu: 0.5, memoryGib: 1, schedule: { runsPerDay: 1, durationSeconds: 600 } },
      ],
      purchase: { ec2: { option: "reserved" } },
    });
    const note = notes.find((n) => n.code === "NOTE_EC2_PART_TIME_ON_DEMAND");
    expect(note?.params).toMatchObject({ group: "GROUP_BATCH", groupService: "nightly" });
    expect(note && renderMessage(note)).toMatch(/^nightly, batch: runs [\d.]+ h a month, so its nodes stay On-Demand/);
    expect(note && renderCoreMessage(note, "ja")).toMatch(/^nightly、バッチ: 1 か月あたり [\d.]+ 時間の稼働のため/);
  });

  it("a fixed node count below what the tasks need names the platform group (linux/x86_64) in both languages", () => {
    // 8 tasks × 1 vCPU cannot fit on 1 m5.large (2 vCPU, ~1.7 allocatable) → more nodes needed than ec2.nodeCount 1
    const notes = notesOf({
      services: [{ name: "api", taskCount: 8, vcpu: 1, memoryGib: 2 }],
      ec2: { instanceType: "m5.large", nodeCount: 1 },
    });
    const note = notes.find((n) => n.code === "NOTE_EC2_NODE_COUNT_BELOW_NEEDED");
    expect(note?.params).toMatchObject({ group: "GROUP_PLATFORM", os: "linux", architecture: "x86_64", nodeCount: 1 });
    expect(note && renderMessage(note)).toMatch(/^linux\/x86_64: ec2\.nodeCount 1 is below the \d+ nodes needed/);
    expect(note && renderCoreMessage(note, "ja")).toMatch(/^linux\/x86_64: ec2\.nodeCount の 1 台は/);
  });
});
