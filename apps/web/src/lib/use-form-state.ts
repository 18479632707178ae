"use client";
import { useCallback, useRef, useState } from "react";
import { type CalculatorState, migrateState, serializeCalculatorState } from "../app/search-params";
import { type AbortCell, makeAbortCell, wantOnly } from "./analysis-abort";

/**
 * The form's own state, the truth from the first render on (the URL follows it: calculator.client.tsx),
 * and its change handler. A change is applied to `latest` at once — two changes in one event both
 * count, and `sendEarly` (set by the caller each render) posts it to the model worker before React
 * renders it — and, when it makes a new state, stops the break-even search under way for the old one
 * (`abortCell`, shared with the analysis worker: analysis-abort.ts). `shownKey` is the caller's
 * rendered state key (serializeCalculatorState), to tell a new state from the same one again.
 * @example const { rawState, setState, abortCell, shownKey, sendEarly } = useFormState(urlState)
 */
export function useFormState(initial: CalculatorState) {
  const [rawState, setRawState] = useState(initial);
  const latest = useRef(rawState);
  latest.current = rawState;
  const shownKey = useRef("");
  const sendEarly = useRef<((next: CalculatorState) => void) | null>(null);
  const [abortCell] = useState<AbortCell | null>(makeAbortCell);
  const setState = useCallback(
    (patch: Partial<CalculatorState>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      // only for a new state: the same one again starts no new search, so the one under way must go on
      if (serializeCalculatorState(migrateState(next).state) !== shownKey.current) wantOnly(abortCell, 0);
      setRawState(next);
      sendEarly.current?.(next);
    },
    [abortCell],
  );
  return { rawState, setState, abortCell, shownKey, sendEarly };
}
