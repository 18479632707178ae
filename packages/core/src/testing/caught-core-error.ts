import { isCoreError, type CoreError } from "../errors";

/** The CoreError a call throws (for tests); any other outcome fails the test. */
export function caughtCoreError(run: () => unknown): CoreError {
  try {
    run();
  } catch (error) {
    if (isCoreError(error)) return error;
    throw error;
  }
  throw new Error("no CoreError");
}
