"use client";
import { ARCHITECTURES, OPERATING_SYSTEMS } from "@repo/core";
import { optionLabels } from "../../lib/option-labels";
import { memo, useCallback, useRef } from "react";
import type { FieldErrors } from "../../lib/field-errors";
import { fargateRowHint } from "../../lib/fargate-row-hint";
import type { Locale, Messages } from "../../lib/i18n";
import { blankRow, SCHEDULE_KINDS, type ServiceRow } from "../../lib/service-row";
import { SelectInput, TextInput } from "./text-input.client";

const ROW_FIELDS = ["name", "count", "vcpu", "memoryGib", "arch", "os", "scheduleKind", "scheduleA", "scheduleB"] as const;
const fieldKey = (index: number, name: keyof ServiceRow) => `services[${index}].${name}`;

type RowProps = {
  row: ServiceRow;
  index: number;
  errors: FieldErrors;
  t: Messages;
  locale: Locale;
  isOnlyRow: boolean;
  onUpdate: (index: number, patch: Partial<ServiceRow>) => void;
  onRemove: (index: number) => void;
};

/**
 * Same cells, same errors → no re-render: a keystroke in one row of a 200-service table re-renders
 * that row only (issue 19 item 5). Rows are compared by value because the form state is re-read
 * from the URL state on every change (new objects, equal text).
 */
function isSameRow(a: RowProps, b: RowProps): boolean {
  if (
    a.index !== b.index ||
    a.t !== b.t ||
    a.locale !== b.locale ||
    a.isOnlyRow !== b.isOnlyRow ||
    a.onUpdate !== b.onUpdate ||
    a.onRemove !== b.onRemove
  )
    return false;
  return ROW_FIELDS.every((name) => a.row[name] === b.row[name] && a.errors[fieldKey(a.index, name)] === b.errors[fieldKey(b.index, name)]);
}

const ServiceRowItem = memo(function ServiceRowItem(props: RowProps) {
  const { row, index, errors, t, onUpdate } = props;
  const key = (name: keyof ServiceRow) => fieldKey(index, name);
  const suffix = `(${row.name || index + 1})`;
  const hint = fargateRowHint(row, index, props.locale);
  const field = (name: keyof ServiceRow, text: string, inputMode: "decimal" | "numeric" | "text" = "decimal") => (
    <TextInput
      field={key(name)}
      label={text}
      hiddenSuffix={suffix}
      value={row[name]}
      error={errors[key(name)]}
      inputMode={inputMode}
      size={6}
      onChange={(value) => onUpdate(index, { [name]: value })}
    />
  );
  return (
    <li className="service-row" data-testid={`service-${index}`}>
      {field("name", t.serviceName, "text")}
      {field("count", t.taskCount, "numeric")}
      {field("vcpu", t.vcpu)}
      {field("memoryGib", t.memoryGib)}
      <SelectInput
        field={key("arch")}
        label={t.architecture}
        hiddenSuffix={suffix}
        value={row.arch}
        error={errors[key("arch")]}
        options={ARCHITECTURES.map((value) => ({ value, label: value }))}
        onChange={(value) => onUpdate(index, { arch: value })}
      />
      <SelectInput
        field={key("os")}
        label={t.os}
        hiddenSuffix={suffix}
        value={row.os}
        error={errors[key("os")]}
        options={optionLabels("os", OPERATING_SYSTEMS, t)}
        onChange={(value) => onUpdate(index, { os: value })}
      />
      <SelectInput
        field={key("scheduleKind")}
        label={t.schedule}
        hiddenSuffix={suffix}
        value={row.scheduleKind}
        error={undefined}
        options={SCHEDULE_KINDS.map((value) => ({ value, label: t[`schedule.${value}`] }))}
        onChange={(value) =>
          onUpdate(index, {
            scheduleKind: value as ServiceRow["scheduleKind"],
            scheduleA: value === "hours" ? "730" : "1",
            scheduleB: value === "hours" ? "" : "600",
          })
        }
      />
      {field("scheduleA", row.scheduleKind === "hours" ? t.hoursPerMonth : t.runs)}
      {row.scheduleKind === "hours" ? null : field("scheduleB", t.secondsPerRun, "numeric")}
      <button
        type="button"
        className="remove needs-js"
        onClick={() => props.onRemove(index)}
        disabled={props.isOnlyRow}
        aria-label={`${t.removeService} ${row.name || index + 1}`}
      >
        {t.removeService}
      </button>
      {hint ? (
        <p className="hint fargate-row-hint" data-testid={`fargate-hint-${index}`}>
          {hint}
          {props.locale === "ja" ? "。" : ". "}
          {t.fargateRowHint}
        </p>
      ) : null}
    </li>
  );
}, isSameRow);

/** The services table: one row per service, add and remove, every cell a labelled control. */
export function ServiceRows(props: {
  rows: ServiceRow[];
  errors: FieldErrors;
  t: Messages;
  locale?: Locale;
  onChange: (rows: ServiceRow[]) => void;
}) {
  const { rows, errors, t } = props;
  // The row callbacks read the latest rows through a ref, so they keep one identity and rows stay memoised.
  const latest = useRef(props);
  latest.current = props;
  const update = useCallback((index: number, patch: Partial<ServiceRow>) => {
    const { rows: current, onChange } = latest.current;
    onChange(current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }, []);
  const remove = useCallback((index: number) => {
    const { rows: current, onChange } = latest.current;
    onChange(current.filter((_, i) => i !== index));
  }, []);
  const add = () => props.onChange([...rows, blankRow(rows.length)]);
  return (
    <fieldset className="services">
      <legend>{t.services}</legend>
      {errors.services ? (
        <p className="field-error" role="alert">
          {errors.services}
        </p>
      ) : null}
      <ol className="service-list">
        {rows.map((row, index) => (
          <ServiceRowItem
            // rows have no id of their own: the index is the row's identity (as in the URL)
            key={index}
            row={row}
            index={index}
            errors={errors}
            t={t}
            locale={props.locale ?? "en"}
            isOnlyRow={rows.length <= 1}
            onUpdate={update}
            onRemove={remove}
          />
        ))}
      </ol>
      <button type="button" className="needs-js" onClick={add}>
        {t.addService}
      </button>
    </fieldset>
  );
}
