import { fmt, type LineBuilder } from "../lines/line-builder";
import { message, type Message } from "../messages/message";
import { Decimal } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import { billedHoursPerTask } from "../scenario/billed-hours";
import type { PersistentVolume } from "../scenario/persistent-volume-schema";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Service } from "../scenario/service-schema";
import { HOURS_PER_MONTH } from "../units/time";

/** EFS Standard storage per GB-month: no rate in shared/data/aws-pricing (SOURCES.md), so always a missing rate. */
export const EFS_STANDARD_USAGE = "efs/standard/gb-months";

/**
 * GB-months of one volume entry: per task (count omitted) = tasks × GiB × the hours each task runs ÷ 730 (the volume
 * exists while its task does; a StatefulSet replica's claim is always on); fixed count = count × GiB, the whole month.
 * @example volumeGbMonths({ name: "data", kind: "gp3", sizeGib: 10 }, 3, new Decimal(730)).toString() //=> "30"
 */
export function volumeGbMonths(volume: PersistentVolume, taskCount: number, hoursPerTask: Decimal): Decimal {
  const size = new Decimal(volume.sizeGib);
  if (volume.count !== undefined) return size.times(volume.count);
  return size.times(taskCount).times(hoursPerTask).div(HOURS_PER_MONTH);
}

/**
 * The persistent volumes of every service, the same lines on every pattern that runs the service:
 * EBS gp3 / gp2 per GB-month (https://aws.amazon.com/ebs/pricing/, S14: us-east-1 gp3 $0.08, gp2 $0.10;
 * the region's rate from the snapshot) and EFS Standard per GB-month, which the price data does not carry:
 * a MissingRate (the pattern becomes incomplete, its total a lower bound) and a note — never a guessed rate.
 * Example (us-east-1): a StatefulSet of 3 replicas × 10 GiB gp3 = 30 GB-month × $0.08 = $2.40/month.
 */
export function addPersistentVolumeLines(
  builder: LineBuilder,
  services: readonly Service[],
  resolved: readonly ResolvedService[],
): Message[] {
  const efs: string[] = [];
  for (const service of resolved) {
    const volumes = services[service.index]?.persistentVolumes ?? [];
    const hoursPerTask = billedHoursPerTask(service.schedule, 0);
    for (const volume of volumes) {
      const quantity = volumeGbMonths(volume, service.taskCount, hoursPerTask);
      const isEfs = volume.kind === "efs";
      if (isEfs) efs.push(`${service.name}/${volume.name}`);
      const sizeGib = fmt(new Decimal(volume.sizeGib));
      const each =
        volume.count !== undefined
          ? message("DETAIL_VOLUMES_FIXED", { count: volume.count, sizeGib })
          : message("DETAIL_VOLUMES_PER_TASK", { taskCount: service.taskCount, sizeGib, hoursPerTask: fmt(hoursPerTask) });
      builder.add({
        id: `svc:${service.name}:volume:${volume.name}`,
        nameMessage: isEfs
          ? message("LINE_PERSISTENT_VOLUMES_EFS", { service: service.name, volume: volume.name })
          : message("LINE_PERSISTENT_VOLUMES_EBS", { volumeType: volume.kind, service: service.name, volume: volume.name }),
        category: "storage",
        usage: isEfs ? EFS_STANDARD_USAGE : usageKeys.ebsGbMonths(volume.kind === "gp2" ? "gp2" : "gp3"),
        quantity,
        detailMessages: [each],
      });
    }
  }
  return efs.length > 0 ? [message("NOTE_EFS_NOT_PRICED", { volumes: efs.join(", ") })] : [];
}
