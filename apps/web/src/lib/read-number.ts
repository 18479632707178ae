import { addFieldError, type FieldIssues } from "./field-errors";

/** A decimal number, optionally with an exponent ("1e3" = 1000, as a spreadsheet or a YAML file writes it). */
const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,3})?$/;

/**
 * Reads a typed quantity (a count, vCPU, GiB, hours — never a price) into a number for the scenario
 * schema, which the core then converts exactly (`toQuantity`). Text that is not a plain decimal
 * number records an error for the field and returns undefined, so no NaN can reach the model.
 * @example readNumber("0.5", "services[0].vcpu", errors) //=> 0.5
 * @example readNumber("abc", "services[0].vcpu", errors) //=> undefined, errors["services[0].vcpu"] = { code: "NOT_A_NUMBER", params: { text: "abc" } }
 */
export function readNumber(text: string, field: string, errors: FieldIssues, options: { optional?: boolean } = {}): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") {
    if (!options.optional) addFieldError(errors, field, "REQUIRED");
    return undefined;
  }
  if (!PLAIN_NUMBER.test(trimmed)) {
    addFieldError(errors, field, "NOT_A_NUMBER", { text });
    return undefined;
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    addFieldError(errors, field, "NOT_A_NUMBER", { text });
    return undefined;
  }
  return value;
}
