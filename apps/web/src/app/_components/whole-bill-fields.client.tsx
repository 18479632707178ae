"use client";
import { SUPPORT_PLANS } from "@repo/core";
import { memo, useCallback, useRef } from "react";
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

type Edit = (index: number, usage: UsageKey, value: string) => void;

/**
 * One service's usage input. Memoised on its own text: a keystroke in a 200-service form re-rendered all
 * 600 of them (three per service) and React updated every one in the DOM (issue 19 item 5).
 */
const UsageInput = memo(function UsageInput(props: {
  index: number;
  usage: UsageKey;
  label: string;
  value: string;
  error: string | undefined;
  onEdit: Edit;
}) {
  const { index, usage, onEdit } = props;
  return (
    <TextInput
      field={`services[${index}].${usage}`}
      label={props.label}
      value={props.value}
      error={props.error}
      onChange={(value) => onEdit(index, usage, value)}
    />
  );
});

/** One usage input per service row (services[i].egressGb …): the row is edited in place, nothing computed. */
function perService(props: Props, usage: UsageKey, edit: Edit) {
  const { state, errors, t } = props;
  return state.services.map((row, index) => {
    const field = `services[${index}].${usage}`;
    return (
      <UsageInput
        key={field}
        index={index}
        usage={usage}
        label={`${row.name || `#${index + 1}`}: ${t[usage]}`}
        value={row[usage]}
        error={errors[field]}
        onEdit={edit}
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
  // One edit handler for every usage input: it reads the latest rows through a ref, so it keeps its identity.
  const latest = useRef(props);
  latest.current = props;
  const edit = useCallback<Edit>((index, usage, value) => {
    const { state, onChange } = latest.current;
    onChange({ services: state.services.map((row, i): ServiceRow => (i === index ? { ...row, [usage]: value } : row)) });
  }, []);
  return (
    <>
      <fieldset data-testid="network-data">
        <legend>{t.networkData}</legend>
        <p className="hint">{t.usagePerService}</p>
        {perService(props, "egressGb", edit)}
        {perService(props, "trafficGb", edit)}
        {text(props, "endpointCount", "numeric")}
        {text(props, "endpointMonthlyGb")}
        {text(props, "nlbCount", "numeric")}
        {text(props, "nlbNlcuPerHour")}
      </fieldset>
      <fieldset data-testid="observability">
        <legend>{t.observability}</legend>
        {perService(props, "logGb", edit)}
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
