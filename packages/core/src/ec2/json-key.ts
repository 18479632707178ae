import { memoEntry } from "../util/memo-entry";

/** The JSON text of each settings object, written once per object (the scenario's sections are shared by every scaled run). */
const keys = new WeakMap<object, string>();

/**
 * JSON.stringify of a settings object, memoised by identity: the memo keys of the cheapest-fit search
 * (issue 19 item 3: the keys were re-stringified for every node group of every run). The objects are
 * never mutated after parsing (parsed sections are read, never written), so one object always has one text.
 * @example jsonKey(scenario.ec2.selection) === JSON.stringify(scenario.ec2.selection) //=> true
 */
export function jsonKey(value: object): string {
  return memoEntry(keys, value, (v) => JSON.stringify(v));
}
