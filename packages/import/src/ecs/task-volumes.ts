import { isRecord } from "../field-accounting";
import { warning, type ImportWarning } from "../import-result";

/**
 * A task definition's `volumes` → what they cost. Each volume holds a name and one of `host`,
 * `dockerVolumeConfiguration`, `efsVolumeConfiguration`, `fsxWindowsFileServerVolumeConfiguration` or
 * `configuredAtLaunch`; "if an empty volume configuration is specified, by default Amazon ECS uses a host volume"
 * (AWS::ECS::TaskDefinition Volume, https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-volume.html).
 * - host (bind mount) and Docker `local`-driver volumes live on the task's own storage (Fargate ephemeral
 *   storage, or the container instance's disk, both already priced): no warning;
 * - a third-party Docker volume driver, FSx for Windows File Server, EFS and an EBS volume configured at
 *   launch are billed by their own service: reported.
 * @example taskVolumeWarnings([{ name: "scratch" }, { name: "fs", efsVolumeConfiguration: { fileSystemId: "fs-1" } }], "td.json", "volumes")
 * //=> one "unsupported" warning, field "volumes[1].efsVolumeConfiguration"
 */
export function taskVolumeWarnings(volumes: unknown, source: string, path: string): ImportWarning[] {
  if (!Array.isArray(volumes)) return [];
  return volumes.flatMap((volume, index): ImportWarning[] => {
    if (!isRecord(volume)) return [];
    const at = `${path}[${index}]`;
    if (isRecord(volume.efsVolumeConfiguration))
      return [
        warning("unsupported", source, `${at}.efsVolumeConfiguration`, "an EFS file system is billed by EFS (GB-month) and is not priced"),
      ];
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
