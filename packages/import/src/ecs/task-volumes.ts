import { isRecord } from "../field-accounting";
import { warning, type ImportWarning } from "../import-result";

export type EfsVolume = { name: string; kind: "efs"; sizeGib: number; count: number };

/**
 * A task definition's `volumes` → what they cost. Each volume holds a name and one of `host`,
 * `dockerVolumeConfiguration`, `efsVolumeConfiguration`, `fsxWindowsFileServerVolumeConfiguration` or
 * `configuredAtLaunch`; "if an empty volume configuration is specified, by default Amazon ECS uses a host volume"
 * (AWS::ECS::TaskDefinition Volume, https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-volume.html).
 * - host (bind mount) and Docker `local`-driver volumes live on the task's own storage (Fargate ephemeral
 *   storage, or the container instance's disk, both already priced): no warning;
 * - EFS (`efsVolumeConfiguration`) becomes a `persistentVolumes` entry of kind efs (pushed to `efsVolumes`): one file
 *   system shared by the tasks, all month, its size a placeholder (what is stored is never in a task definition);
 *   priced as a missing rate (no EFS rate in the price data);
 * - a third-party Docker volume driver, FSx for Windows File Server and an EBS volume configured at launch (its size
 *   is on the service / run-task call, not in the task definition) are reported, not priced.
 * @example taskVolumeWarnings([{ name: "scratch" }, { name: "fs", efsVolumeConfiguration: { fileSystemId: "fs-1" } }], "td.json", "volumes", efs)
 * //=> one "assumed" warning, field "volumes[1].efsVolumeConfiguration"; efs gets { name: "fs", kind: "efs", sizeGib: 1, count: 1 }
 */
export function taskVolumeWarnings(volumes: unknown, source: string, path: string, efsVolumes: EfsVolume[] = []): ImportWarning[] {
  if (!Array.isArray(volumes)) return [];
  return volumes.flatMap((volume, index): ImportWarning[] => {
    if (!isRecord(volume)) return [];
    const at = `${path}[${index}]`;
    if (isRecord(volume.efsVolumeConfiguration)) {
      efsVolumes.push({
        name: typeof volume.name === "string" && volume.name ? volume.name : `efs-${index}`,
        kind: "efs",
        sizeGib: 1,
        count: 1,
      });
      return [
        warning(
          "assumed",
          source,
          `${at}.efsVolumeConfiguration`,
          "an EFS file system: added to persistentVolumes (kind efs) with sizeGib 1 as a placeholder, set the GiB stored; EFS has no rate in the price data, so the estimate is a lower bound",
        ),
      ];
    }
    if (isRecord(volume.fsxWindowsFileServerVolumeConfiguration))
      return [
        warning(
          "unsupported",
          source,
          `${at}.fsxWindowsFileServerVolumeConfiguration`,
          "an FSx for Windows File Server file system is not priced",
        ),
      ];
    if (volume.configuredAtLaunch === true)
      return [
        warning(
          "unsupported",
          source,
          `${at}.configuredAtLaunch`,
          "an EBS volume configured at launch: its size and type are set on the service or run-task call (volumeConfigurations), not in the task definition; not priced",
        ),
      ];
    const docker = volume.dockerVolumeConfiguration;
    if (isRecord(docker) && docker.driver !== undefined && docker.driver !== "local")
      return [
        warning(
          "unsupported",
          source,
          `${at}.dockerVolumeConfiguration.driver`,
          `Docker volume driver "${String(docker.driver)}" may store data elsewhere: not priced`,
        ),
      ];
    return [];
  });
}
