"use client";
import { useState } from "react";
import { optionLabels } from "../../lib/option-labels";
import {
  EC2_PURCHASE_OPTIONS,
  FARGATE_PURCHASE_CHOICES,
  OPS_LEVELS,
  PATTERN_LABELS,
  PAYMENT_OPTIONS,
  TERM_YEARS,
  UPGRADE_POLICIES,
} from "@repo/core";
import type { FieldErrors } from "../../lib/field-errors";
import type { Messages } from "../../lib/i18n";
import { decodeOpsHours, defaultTypicalHours, OPS_HOURS_CELLS, opsHoursField, opsHoursKey, withOpsHoursCell } from "../../lib/ops-hours";
import type { ScenarioState } from "../search-params";
import { SelectInput, TextInput } from "./text-input.client";

type Props = { state: ScenarioState; errors: FieldErrors; t: Messages; onChange: (patch: Partial<ScenarioState>) => void };
type Key = keyof ScenarioState & keyof Messages;

function select(props: Props, field: Key, values: readonly { value: string; label: string }[]) {
  return (
    <SelectInput
      field={field}
      label={props.t[field]}
      value={props.state[field] as string}
      error={props.errors[field]}
      options={values}
      onChange={(value) => props.onChange({ [field]: value })}
    />
  );
}

function text(props: Props, field: Key, inputMode: "decimal" | "numeric" = "decimal", label: string = props.t[field]) {
  return (
    <TextInput
      field={field}
      label={label}
      value={props.state[field] as string}
      error={props.errors[field]}
      inputMode={inputMode}
      onChange={(value) => props.onChange({ [field]: value })}
    />
  );
}

/** scenario.purchase: EC2 option/term/payment, and the Fargate options (the core's errors, e.g. Spot on EKS, show beside the field). */
export function PurchaseFields(props: Props) {
  const { t } = props;
  return (
    <fieldset>
      <legend>{t.purchaseOptions}</legend>
      <p className="hint">{t.ec2Purchase}</p>
      {select(props, "purchaseOption", optionLabels("purchase", EC2_PURCHASE_OPTIONS, t))}
      {select(props, "ec2TermYears", optionLabels("term", TERM_YEARS, t))}
      {select(props, "ec2Payment", optionLabels("payment", PAYMENT_OPTIONS, t))}
      <p className="hint">{t.fargatePurchase}</p>
      {select(props, "fargateEcsOption", optionLabels("purchase", FARGATE_PURCHASE_CHOICES, t))}
      {select(props, "fargateEksOption", optionLabels("purchase", FARGATE_PURCHASE_CHOICES, t))}
      {select(props, "fargateTermYears", optionLabels("term", TERM_YEARS, t))}
      {select(props, "fargatePayment", optionLabels("payment", PAYMENT_OPTIONS, t))}
    </fieldset>
  );
}

/** scenario.ops: band, rate, environments, upgrade policy, joiners, workload features and per-activity hours. */
export function OpsFields(props: Props) {
  const { t, state, errors, onChange } = props;
  const cells = decodeOpsHours(state.opsActivityHours);
  const yesNo = [
    { value: "no", label: t.no },
    { value: "yes", label: t.yes },
  ];
  // One input per pattern × activity (24 with four patterns): rendered only while the grid is open (or holds an error), so typing elsewhere stays cheap.
  const [isOpen, setOpen] = useState(false);
  const hasError = OPS_HOURS_CELLS.some((cell) => errors[opsHoursField(cell.pattern, cell.activity)]);
  return (
    <fieldset>
      <legend>{t.opsAssumptions}</legend>
      {select(
        props,
        "opsLevel",
        OPS_LEVELS.map((value) => ({ value, label: t[`level.${value}`] })),
      )}
      {/* Empty takes the labour market's band rates: name the yen ones under `jp` (the l=ja suggestion), not the BLS dollars. */}
      {text(props, "opsRateUsdPerHour", "decimal", state.labourMarket === "jp" ? t.opsRateUsdPerHourJp : t.opsRateUsdPerHour)}
      {text(props, "opsEnvironments", "numeric")}
      {select(props, "opsUpgradePolicy", [
        { value: "", label: "—" },
        ...UPGRADE_POLICIES.map((value) => ({ value, label: t[`upgrade.${value}`] })),
      ])}
      {text(props, "opsEngineersPerYear")}
      <p className="hint">{t.workload}</p>
      {select(props, "workloadDaemonSets", yesNo)}
      {select(props, "workloadPrivileged", yesNo)}
      {select(props, "workloadSpot", optionLabels("spotNeed", ["none", "preferred", "required"], t))}
      <details className="ops-hours" open={isOpen || hasError} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t.opsActivityHours}</summary>
        {(isOpen || hasError) &&
          OPS_HOURS_CELLS.map((cell) => {
            const field = opsHoursField(cell.pattern, cell.activity);
            return (
              <TextInput
                key={field}
                field={field}
                label={`${PATTERN_LABELS[cell.pattern]}: ${cell.activity}`}
                value={cells.get(opsHoursKey(cell.pattern, cell.activity)) ?? ""}
                error={errors[field]}
                placeholder={defaultTypicalHours(cell.pattern, cell.activity)}
                onChange={(value) =>
                  onChange({ opsActivityHours: withOpsHoursCell(state.opsActivityHours, cell.pattern, cell.activity, value) })
                }
              />
            );
          })}
      </details>
    </fieldset>
  );
}
