import type { ReactNode } from "react";

/** DOM id of a form field's control, from its form field key (`services[0].count` → `f-services-0-count`). */
export function fieldId(field: string): string {
  return `f-${field.replace(/[[\].]+/g, "-").replace(/-$/, "")}`;
}

/**
 * A labelled control with its error beside it (aria-invalid + aria-describedby), so a bad value is
 * announced and visible next to the field that holds it.
 */
export function Field(props: {
  field: string;
  label: string;
  error: string | undefined;
  hideLabel?: boolean;
  /** Read by screen readers only, e.g. the service name after "Tasks" in a table row. */
  hiddenSuffix?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = fieldId(props.field);
  const errorId = `${id}-error`;
  const control: ControlProps = {
    id,
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": props.error ? errorId : undefined,
  };
  return (
    <div className={props.error ? "field field-invalid" : "field"}>
      <label htmlFor={id} className={props.hideLabel ? "visually-hidden" : undefined}>
        {props.label}
        {props.hiddenSuffix ? <span className="visually-hidden"> {props.hiddenSuffix}</span> : null}
      </label>
      {props.children(control)}
      {props.error ? (
        <span id={errorId} className="field-error" role="alert">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

export type ControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };
