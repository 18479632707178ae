"use client";
import { SUPPORT_PLANS } from "@repo/core";
import { optionLabels } from "../../lib/option-labels";
import type { FieldErrors } from "../../lib/field-errors";
import type { Messages } from "../../lib/i18n";
import type { ServiceRow } from "../../lib/service-row";
import type { ScenarioState } from "../search-params";
import { SelectInput, TextInput } from "./text-input.client";

type Props = { state: ScenarioState; errors: FieldErrors; t: Messages; onChange: (patch: Partial<ScenarioState>) => void };
type Key = keyof ScenarioState & keyof Messages;
type UsageKey = "egressGb" | "trafficGb" | "logGb";

function text(props: Props, field: Key, inputMode: "decimal" | "numeric" = "decimal") {
  return (
    <TextInput
      field={field}
      label={props.t[field]}
      value={props.state[field] as string}
      error={props.errors[field]}
      inputMode={inputMode}
      onChange={(value) => props.onChange({ [field]: value })}
    />
  );
}

/** One usage input per service row (services[i].egressGb …): the row is edited in place, nothing computed. */
function perService(props: Props, usage: UsageKey) {
  const { state, errors, t, onChange } = props;
  const edit = (index: number, value: string) =>
    onChange({ services: state.services.map((row, i): ServiceRow => (i === index ? { ...row, [usage]: value } : row)) });
  return state.services.map((row, index) => {
    const field = `services[${index}].${usage}`;
    return (
      <TextInput
        key={field}
        field={field}
        label={`${row.name || `#${index + 1}`}: ${t[usage]}`}
        value={row[usage]}
        error={errors[field]}
        onChange={(value) => edit(index, value)}
      />
    );
  });
}

/**
 * The whole bill's inputs (issue 15), grouped as the issue asks: "Network & data" (per-service egress and
 * service traffic, interface endpoints, NLBs), "Observability" (per-service logs, Container Insights) and
 * storage/support (ECR, EBS snapshots, AWS Support). Empty = the schema's default (0 or none); the core lists
 * the usage lines left at zero as "not estimated".
 */
export function WholeBillFields(props: Props) {
  const { t } = props;
  return (
    <>
      <fieldset data-testid="network-data">
        <legend>{t.networkData}</legend>
        <p className="hint">{t.usagePerService}</p>
        {perService(props, "egressGb")}
        {perService(props, "trafficGb")}
        {text(props, "endpointCount", "numeric")}
        {text(props, "endpointMonthlyGb")}
        {text(props, "nlbCount", "numeric")}
        {text(props, "nlbNlcuPerHour")}
      </fieldset>
      <fieldset data-testid="observability">
        <legend>{t.observability}</legend>
        {perService(props, "logGb")}
        <SelectInput
          field="containerInsights"
          label={t.containerInsights}
          value={props.state.containerInsights}
          error={props.errors.containerInsights}
          options={optionLabels("insights", ["off", "enhanced"], t)}
          onChange={(containerInsights) => props.onChange({ containerInsights })}
        />
      </fieldset>
      <fieldset>
        <legend>{t.storageExtras}</legend>
        {text(props, "ecrStorageGb")}
        {text(props, "ebsSnapshotGb")}
        <SelectInput
          field="supportPlan"
          label={t.supportPlan}
          value={props.state.supportPlan}
          error={props.errors.supportPlan}
          options={optionLabels("support", ["none", ...SUPPORT_PLANS], t)}
          onChange={(supportPlan) => props.onChange({ supportPlan })}
        />
      </fieldset>
    </>
  );
}
