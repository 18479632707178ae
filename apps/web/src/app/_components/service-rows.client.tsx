"use client";
import { ARCHITECTURES, OPERATING_SYSTEMS } from "@repo/core";
import type { FieldErrors } from "../../lib/field-errors";
import type { Messages } from "../../lib/i18n";
import { blankRow, SCHEDULE_KINDS, type ServiceRow } from "../../lib/service-row";
import { SelectInput, TextInput } from "./text-input.client";

/** The services table: one row per service, add and remove, every cell a labelled control. */
export function ServiceRows(props: { rows: ServiceRow[]; errors: FieldErrors; t: Messages; onChange: (rows: ServiceRow[]) => void }) {
  const { rows, errors, t } = props;
  const update = (index: number, patch: Partial<ServiceRow>) =>
    props.onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => props.onChange(rows.filter((_, i) => i !== index));
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
        {rows.map((row, index) => {
          const key = (name: keyof ServiceRow) => `services[${index}].${name}`;
          const suffix = `(${row.name || index + 1})`;
          const field = (name: keyof ServiceRow, text: string, inputMode: "decimal" | "numeric" | "text" = "decimal") => (
            <TextInput
              field={key(name)}
              label={text}
              hiddenSuffix={suffix}
              value={row[name]}
              error={errors[key(name)]}
              inputMode={inputMode}
              size={6}
              onChange={(value) => update(index, { [name]: value })}
            />
          );
          return (
            <li key={index} className="service-row" data-testid={`service-${index}`}>
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
                onChange={(value) => update(index, { arch: value })}
              />
              <SelectInput
                field={key("os")}
                label={t.os}
                hiddenSuffix={suffix}
                value={row.os}
                error={errors[key("os")]}
                options={OPERATING_SYSTEMS.map((value) => ({ value, label: value }))}
                onChange={(value) => update(index, { os: value })}
              />
              <SelectInput
                field={key("scheduleKind")}
                label={t.schedule}
                hiddenSuffix={suffix}
                value={row.scheduleKind}
                error={undefined}
                options={SCHEDULE_KINDS.map((value) => ({ value, label: t[`schedule.${value}`] }))}
                onChange={(value) =>
                  update(index, {
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
                onClick={() => remove(index)}
                disabled={rows.length <= 1}
                aria-label={`${t.removeService} ${row.name || index + 1}`}
              >
                {t.removeService}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="needs-js" onClick={add}>
        {t.addService}
      </button>
    </fieldset>
  );
}
