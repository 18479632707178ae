/**
 * Under CI (CI=true) every fast-check property runs from one fixed seed, so a fresh-clone CI run is
 * reproducible: a failure there is a real counterexample that replays, not a roll of the dice. Locally
 * the seed is random (fast-check's default), so each run still explores new inputs. FC_SEED overrides
 * both (to replay a seed a failure printed: `FC_SEED=-1179170634 npx vitest run …`).
 * @example CI=true → fc.readConfigureGlobal().seed === 20261202
 */
import fc from "fast-check";

const fromEnv = process.env.FC_SEED;
const seed = fromEnv !== undefined && fromEnv !== "" ? Number(fromEnv) : process.env.CI ? 20261202 : undefined;
if (seed !== undefined && Number.isInteger(seed)) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
