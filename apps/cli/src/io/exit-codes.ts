/** Exit codes a CI job can rely on. */
export const EXIT_OK = 0;
/** The run failed for a reason outside the input (a bug, an I/O failure). */
export const EXIT_FAILURE = 1;
/** The input is wrong: malformed file, unknown field, invalid value. One clear message on stderr. */
export const EXIT_BAD_INPUT = 2;
