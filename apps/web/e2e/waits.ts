/**
 * The one bound on every e2e wait for a condition (a total to change, a panel to appear, the URL to
 * update). A condition wait returns as soon as it holds, so a generous bound costs nothing when the page
 * is fast; it only decides how long a broken page takes to fail. CI machines are shared and noisy (two
 * cores running `next start`, Chromium and vitest at once): on a quiet machine three purchase-option
 * selects settle in ≈2 s and a page hydrates in ≈3.5 s, and a loaded CI run took over 10 s for the same
 * steps, so a 10 s bound failed a correct page. No test asserts on speed (that is the benches' job).
 */
export const WAIT_MS = 90_000;
