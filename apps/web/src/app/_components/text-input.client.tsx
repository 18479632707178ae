"use client";
import { Field } from "./field";

/** A text field that keeps exactly what was typed (numbers are read and checked later). */
export function TextInput(props: {
  field: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  inputMode?: "decimal" | "numeric" | "text";
  list?: string;
  hideLabel?: boolean;
  size?: number;
  hiddenSuffix?: string;
  placeholder?: string;
}) {
  return (
    <Field
      field={props.field}
      label={props.label}
      error={props.error}
      hideLabel={props.hideLabel ?? false}
      hiddenSuffix={props.hiddenSuffix}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode={props.inputMode ?? "decimal"}
          autoComplete="off"
          size={props.size}
          list={props.list}
          placeholder={props.placeholder}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A select whose current value is shown even when it is not one of the options (e.g. from a bad link). */
export function SelectInput(props: {
  field: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  hideLabel?: boolean;
  hiddenSuffix?: string;
}) {
  const known = props.options.some((option) => option.value === props.value);
  return (
    <Field
      field={props.field}
      label={props.label}
      error={props.error}
      hideLabel={props.hideLabel ?? false}
      hiddenSuffix={props.hiddenSuffix}
    >
      {(control) => (
        <select {...control} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
          {known ? null : <option value={props.value}>{props.value || "—"}</option>}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
