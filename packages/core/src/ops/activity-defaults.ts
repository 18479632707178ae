import { renderMessage } from "../messages/english";
import { message, type Message } from "../messages/message";
import type { PatternId } from "../patterns/pattern";
import type { OpsActivityId } from "../scenario/ops-schema";
import { band, type Band } from "./bands";
import { managedHoursBands } from "./managed-node-hours";
import { ONBOARDING_HOURS_PER_ENGINEER } from "./modifiers";
import { MONTHS_PER_YEAR } from "../units/time";

/**
 * Default engineer-hours per month for the FIRST production cluster of a pattern (moderate size:
 * ≈10–30 services, ≈10–30 EC2 nodes), low / typical / high — shared/research/ops-effort.md §3,
 * whose evidence ids (F1–F41) are cited per row. Onboarding is one-time per engineer: see
 * `ONBOARDING_HOURS_PER_ENGINEER` in modifiers.ts.
 *
 * Column totals (checked in tests against the research's "Total per first cluster" row):
 * ECS/Fargate 1.75 / 4.5 / 12.5, ECS/EC2 4 / 11.5 / 30, EKS/Fargate 4 / 11.5 / 33, EKS/EC2 7.5 / 25.5 / 70.
 */
export type RecurringActivityId = Exclude<OpsActivityId, "onboarding">;

export type ActivityDefinition = {
  id: OpsActivityId;
  label: string;
  /** The label as a code: OPS_ACTIVITY_ + the id in capitals (messages/en/lines.ts). */
  labelMessage: Message;
  /** One line: why this work exists and what it covers (the English of `reasonMessage`). */
  reason: string;
  /** The reason as a code with the research's figures as parameters (messages/en/ops-activities.ts). */
  reasonMessage: Message;
  /** Evidence ids in shared/research/ops-effort.md (the English of `sourcesMessage`). */
  sources: string;
  /** The sources as a code (OPS_SOURCES_*, messages/en/ops-rules.ts). */
  sourcesMessage: Message;
};

/** "16/40/80": a band's low/typical/high as the reasons cite them. */
const slashed = (hours: Band): string => [hours.low, hours.typical, hours.high].map((h) => h.toFixed()).join("/");

/** The reason's code and its English, from one source. */
const reason = (coded: Message) => ({ reason: renderMessage(coded), reasonMessage: coded });
/** The sources' code and its English. */
const cited = (coded: Message) => ({ sources: renderMessage(coded), sourcesMessage: coded });

export const ACTIVITY_DEFINITIONS: Record<OpsActivityId, ActivityDefinition> = {
  "orchestrator-upgrades": {
    id: "orchestrator-upgrades",
    label: "Orchestrator version upgrades",
    labelMessage: message("OPS_ACTIVITY_ORCHESTRATOR_UPGRADES"),
    ...reason(message("OPS_REASON_ORCHESTRATOR_UPGRADES", { releasesPerYear: 3, hopHours: "6/20/60" })),
    ...cited(message("OPS_SOURCES_ORCHESTRATOR_UPGRADES")),
  },
  "add-on-lifecycle": {
    id: "add-on-lifecycle",
    label: "Add-on & agent lifecycle",
    labelMessage: message("OPS_ACTIVITY_ADD_ON_LIFECYCLE"),
    ...reason(message("OPS_REASON_ADD_ON_LIFECYCLE", {})),
    ...cited(message("OPS_SOURCES_ADD_ON_LIFECYCLE")),
  },
  "host-patching": {
    id: "host-patching",
    label: "Host OS/AMI patching & node rotation",
    labelMessage: message("OPS_ACTIVITY_HOST_PATCHING"),
    ...reason(message("OPS_REASON_HOST_PATCHING", { amiReleasesPerMonth: "1.5–6", rolloutHours: "2–3", triageHours: 1 })),
    ...cited(message("OPS_SOURCES_HOST_PATCHING")),
  },
  "capacity-scaling": {
    id: "capacity-scaling",
    label: "Capacity & scaling management",
    labelMessage: message("OPS_ACTIVITY_CAPACITY_SCALING"),
    ...reason(message("OPS_REASON_CAPACITY_SCALING", {})),
    ...cited(message("OPS_SOURCES_CAPACITY_SCALING")),
  },
  incidents: {
    id: "incidents",
    label: "Platform incidents & troubleshooting",
    labelMessage: message("OPS_ACTIVITY_INCIDENTS"),
    ...reason(message("OPS_REASON_INCIDENTS", { highAnchorHours: 23 })),
    ...cited(message("OPS_SOURCES_INCIDENTS")),
  },
  "access-security": {
    id: "access-security",
    label: "Access, policy & security hygiene",
    labelMessage: message("OPS_ACTIVITY_ACCESS_SECURITY"),
    ...reason(message("OPS_REASON_ACCESS_SECURITY", {})),
    ...cited(message("OPS_SOURCES_ACCESS_SECURITY")),
  },
  onboarding: {
    id: "onboarding",
    label: "Onboarding & learning",
    labelMessage: message("OPS_ACTIVITY_ONBOARDING"),
    ...reason(
      message("OPS_REASON_ONBOARDING", {
        ecsHours: slashed(ONBOARDING_HOURS_PER_ENGINEER.ecs),
        eksHours: slashed(ONBOARDING_HOURS_PER_ENGINEER.eks),
        months: MONTHS_PER_YEAR.toNumber(),
      }),
    ),
    ...cited(message("OPS_SOURCES_ONBOARDING")),
  },
};

/** ops-effort.md §3, one row per activity, one column per pattern (low / typical / high). */
export const FIRST_CLUSTER_HOURS: Record<PatternId, Record<RecurringActivityId, Band>> = {
  "ecs-fargate": {
    "orchestrator-upgrades": band("0", "0", "0"),
    "add-on-lifecycle": band("0.25", "0.5", "1.5"),
    "host-patching": band("0", "0.5", "2"),
    "capacity-scaling": band("0.5", "1", "3"),
    incidents: band("0.5", "1.5", "4"),
    "access-security": band("0.5", "1", "2"),
  },
  "ecs-ec2": {
    "orchestrator-upgrades": band("0", "0", "0"),
    "add-on-lifecycle": band("0.5", "1", "3"),
    "host-patching": band("1", "3", "8"),
    "capacity-scaling": band("1", "3", "8"),
    incidents: band("1", "3", "8"),
    "access-security": band("0.5", "1.5", "3"),
  },
  "eks-fargate": {
    "orchestrator-upgrades": band("1", "3.5", "10"),
    "add-on-lifecycle": band("0.5", "1.5", "4"),
    "host-patching": band("0", "0.5", "2"),
    "capacity-scaling": band("0.5", "1", "3"),
    incidents: band("1", "3", "10"),
    "access-security": band("1", "2", "4"),
  },
  "eks-ec2": {
    "orchestrator-upgrades": band("1.5", "5", "15"),
    "add-on-lifecycle": band("1", "4", "10"),
    "host-patching": band("1", "4", "10"),
    "capacity-scaling": band("1", "4", "10"),
    incidents: band("2", "6", "20"),
    "access-security": band("1", "2.5", "5"),
  },
  // AWS runs the nodes (issue 16): sourced per activity in managed-node-hours.ts
  "ecs-managed-instances": managedHoursBands("ecs-managed-instances"),
  "eks-auto-mode": managedHoursBands("eks-auto-mode"),
};
