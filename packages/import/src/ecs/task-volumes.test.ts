import { describe, expect, it } from "vitest";
import { taskVolumeWarnings } from "./task-volumes";

describe("taskVolumeWarnings", () => {
  it("host bind mounts, an empty volume (ECS uses a host volume) and local Docker volumes cost nothing extra: no warning", () => {
    const volumes = [
      { name: "scratch" },
      { name: "logs", host: { sourcePath: "/var/log" } },
      { name: "cache", dockerVolumeConfiguration: { scope: "task", driver: "local" } },
      { name: "tmp", dockerVolumeConfiguration: { scope: "task" } },
    ];
    expect(taskVolumeWarnings(volumes, "td.json", "volumes")).toEqual([]);
    expect(taskVolumeWarnings([], "td.json", "volumes")).toEqual([]);
    expect(taskVolumeWarnings(undefined, "td.json", "volumes")).toEqual([]);
  });

  it("EFS, FSx, an EBS volume configured at launch and a third-party Docker driver are reported, each at its field", () => {
    const volumes = [
      { name: "fs", efsVolumeConfiguration: { fileSystemId: "fs-1" } },
      { name: "win", fsxWindowsFileServerVolumeConfiguration: { fileSystemId: "fs-2" } },
      { name: "data", configuredAtLaunch: true },
      { name: "rex", dockerVolumeConfiguration: { driver: "rexray/ebs" } },
    ];
    expect(taskVolumeWarnings(volumes, "td.json", "volumes").map((w) => [w.kind, w.field])).toEqual([
      ["unsupported", "volumes[0].efsVolumeConfiguration"],
      ["unsupported", "volumes[1].fsxWindowsFileServerVolumeConfiguration"],
      ["unsupported", "volumes[2].configuredAtLaunch"],
      ["unsupported", "volumes[3].dockerVolumeConfiguration.driver"],
    ]);
  });
});
