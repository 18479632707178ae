"use client";
import { CURRENCIES, EKS_CONTROL_PLANE_TIERS, EKS_SUPPORT_TIERS, JP_SUGGESTED_REGIONS, LABOUR_MARKET_IDS } from "@repo/core";
import { optionLabels } from "../../lib/option-labels";
import { memo } from "react";
import type { FieldErrors } from "../../lib/field-errors";
import type { Locale, Messages } from "../../lib/i18n";
import { regionLabel, type RegionChoice } from "../../lib/region-choices";
import { PRESETS } from "../../lib/presets";
import type { ScenarioState } from "../search-params";
import { OpsFields, PurchaseFields } from "./assumption-fields.client";
import { ServiceRows } from "./service-rows.client";
import { WholeBillFields } from "./whole-bill-fields.client";
import { SelectInput, TextInput } from "./text-input.client";

/** ~1,400 options: memoised so a keystroke elsewhere does not re-render them. */
const InstanceTypeList = memo(function InstanceTypeList(props: { instanceTypes: readonly string[] }) {
  return (
    <datalist id="instance-types">
      {props.instanceTypes.map((type) => (
        <option key={type} value={type} />
      ))}
    </datalist>
  );
});

/**
 * Every input of the calculator; it only edits state (the URL), it computes nothing. Memoised: the
 * model's reply to a keystroke re-renders the results, not the form (its props are the same).
 */
export const ScenarioForm = memo(function ScenarioForm(props: {
  state: ScenarioState;
  errors: FieldErrors;
  t: Messages;
  regions: readonly string[];
  instanceTypes: readonly string[];
  /** Every AWS region with the snapshot's coverage, shown in the picker's labels. */
  regionChoices?: readonly RegionChoice[];
  locale?: Locale;
  /** Fields showing the locale's suggestion (ja: JPY, jp) rather than the user's choice: marked "suggested". */
  suggested?: { currency: boolean; labourMarket: boolean };
  onChange: (patch: Partial<ScenarioState>) => void;
}) {
  const { state, errors, t, onChange } = props;
  const text = (field: keyof ScenarioState & keyof Messages, inputMode: "decimal" | "numeric" | "text" = "decimal") => (
    <TextInput
      field={field}
      label={t[field]}
      value={state[field] as string}
      error={errors[field]}
      inputMode={inputMode}
      onChange={(value) => onChange({ [field]: value })}
    />
  );
  return (
    <form className="scenario-form" onSubmit={(event) => event.preventDefault()} aria-label={t.services}>
      <fieldset className="presets needs-js">
        <legend>{t.presets}</legend>
        {PRESETS.map((preset) => (
          <button key={preset.id} type="button" onClick={() => onChange(preset.state)}>
            {t[`preset.${preset.id}`]}
          </button>
        ))}
      </fieldset>
      <SelectInput
        field="region"
        label={t.region}
        value={state.region}
        error={errors.region}
        options={props.regions.map((region) => {
          const choice = props.regionChoices?.find((c) => c.code === region);
          return { value: region, label: choice ? regionLabel(choice, t, props.locale ?? "en") : region };
        })}
        onChange={(region) => onChange({ region })}
      />
      <ServiceRows rows={state.services} errors={errors} t={t} locale={props.locale} onChange={(services) => onChange({ services })} />
      <fieldset>
        <legend>{t.sharedExtras}</legend>
        {text("albCount", "numeric")}
        {text("albLcuPerHour")}
        {text("natCount", "numeric")}
        {text("natMonthlyGb")}
      </fieldset>
      <fieldset>
        <legend>{t.ec2Nodes}</legend>
        <InstanceTypeList instanceTypes={props.instanceTypes} />
        <TextInput
          field="instanceType"
          label={t.instanceType}
          value={state.instanceType}
          error={errors.instanceType}
          inputMode="text"
          list="instance-types"
          onChange={(instanceType) => onChange({ instanceType })}
        />
        {text("nodeCount", "numeric")}
        {text("minNodes", "numeric")}
        {text("availabilityZones", "numeric")}
        {text("headroomPercent")}
        {text("rootVolumeGib", "numeric")}
      </fieldset>
      <fieldset>
        <legend>{t.eks}</legend>
        {text("eksClusterCount", "numeric")}
        <SelectInput
          field="eksSupportTier"
          label={t.eksSupportTier}
          value={state.eksSupportTier}
          error={errors.eksSupportTier}
          options={optionLabels("eksSupport", EKS_SUPPORT_TIERS, t)}
          onChange={(eksSupportTier) => onChange({ eksSupportTier })}
        />
        <SelectInput
          field="eksControlPlaneTier"
          label={t.eksControlPlaneTier}
          value={state.eksControlPlaneTier}
          error={errors.eksControlPlaneTier}
          options={EKS_CONTROL_PLANE_TIERS.map((value) => ({
            value,
            label: value === "standard" ? t["controlPlaneTier.standard"] : value.toUpperCase(),
          }))}
          onChange={(eksControlPlaneTier) => onChange({ eksControlPlaneTier })}
        />
      </fieldset>
      <WholeBillFields state={state} errors={errors} t={t} onChange={onChange} />
      <PurchaseFields state={state} errors={errors} t={t} onChange={onChange} />
      <OpsFields state={state} errors={errors} t={t} onChange={onChange} />
      <fieldset>
        <legend>{t.currency}</legend>
        <SelectInput
          field="currency"
          label={props.suggested?.currency ? `${t.reportingCurrency} (${t.suggested})` : t.reportingCurrency}
          value={state.currency || "USD"}
          error={errors.currency}
          options={CURRENCIES.map((value) => ({ value, label: value }))}
          onChange={(currency) => onChange({ currency })}
        />
        {text("jpyPerUsd")}
        <SelectInput
          field="labourMarket"
          label={props.suggested?.labourMarket ? `${t.labourMarket} (${t.suggested})` : t.labourMarket}
          value={state.labourMarket || "us"}
          error={errors.labourMarket}
          options={LABOUR_MARKET_IDS.map((value) => ({ value, label: t[`labourMarket.${value}`] }))}
          onChange={(labourMarket) => onChange({ labourMarket })}
        />
        {!state.labourMarket && JP_SUGGESTED_REGIONS.includes(state.region) ? <p className="hint">{t.labourMarketHintJp}</p> : null}
        <SelectInput
          field="consumptionTax"
          label={t.consumptionTax}
          value={state.consumptionTax || "no"}
          error={errors.consumptionTax}
          options={[
            { value: "no", label: t.no },
            { value: "yes", label: t.yes },
          ]}
          onChange={(consumptionTax) => onChange({ consumptionTax })}
        />
      </fieldset>
    </form>
  );
});
