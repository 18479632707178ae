import { describe, expect, it } from "vitest";
import { type EfsVolume, taskVolumeWarnings } from "./task-volumes";

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

  it("EFS becomes an efs volume (one shared file system, placeholder size); FSx, launch-time EBS and third-party drivers are reported", () => {
    const volumes = [
      { name: "fs", efsVolumeConfiguration: { fileSystemId: "fs-1" } },
      { name: "win", fsxWindowsFileServerVolumeConfiguration: { fileSystemId: "fs-2" } },
      { name: "data", configuredAtLaunch: true },
      { name: "rex", dockerVolumeConfiguration: { driver: "rexray/ebs" } },
    ];
    const efs: EfsVolume[] = [];
    expect(taskVolumeWarnings(volumes, "td.json", "volumes", efs).map((w) => [w.kind, w.field])).toEqual([
      ["assumed", "volumes[0].efsVolumeConfiguration"],
      ["unsupported", "volumes[1].fsxWindowsFileServerVolumeConfiguration"],
      ["unsupported", "volumes[2].configuredAtLaunch"],
      ["unsupported", "volumes[3].dockerVolumeConfiguration.driver"],
    ]);
    expect(efs).toEqual([{ name: "fs", kind: "efs", sizeGib: 1, count: 1 }]);
  });
});
