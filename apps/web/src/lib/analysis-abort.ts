/**
 * One shared integer between the page and its analysis worker: the id of the one break-even request
 * whose answer is still wanted (0: none). The page writes it when the input changes; the worker's run
 * reads it between two scaled runs (the core's `signal`) and stops a search for a superseded state, so
 * it does not keep a CPU from the next keystroke's model (issue 19 item 5; 2 CPUs: page, fast worker,
 * analysis worker). Needs SharedArrayBuffer, i.e. a cross-origin isolated page (COOP same-origin + COEP
 * require-corp: lib/http/security-headers.ts); elsewhere there is no cell and a search runs to its end.
 */
export type AbortCell = Int32Array;

/** The page's cell, or null where memory cannot be shared (not cross-origin isolated, old browsers, tests). */
export function makeAbortCell(): AbortCell | null {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  return isolated && typeof SharedArrayBuffer !== "undefined" ? new Int32Array(new SharedArrayBuffer(4)) : null;
}

/** Page side: from now on only request `id`'s answer is wanted (0: none — the input changed). */
export function wantOnly(cell: AbortCell | null, id: number): void {
  if (cell) Atomics.store(cell, 0, id);
}

/** Worker side: the core's `signal` for request `id` — aborted once the page wants another answer (or none). */
export function abortSignalOf(cell: AbortCell, id: number): { readonly aborted: boolean } {
  return {
    get aborted() {
      return Atomics.load(cell, 0) !== id;
    },
  };
}

/** Whether a thrown value is the core's abort (a DOMException named "AbortError"). */
export const isAbort = (error: unknown): boolean => error instanceof Error && error.name === "AbortError";
