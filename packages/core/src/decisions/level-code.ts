import type { OpsLevel } from "../scenario/ops-schema";

const LEVEL_CODES = { low: "OPS_LEVEL_LOW", typical: "OPS_LEVEL_TYPICAL", high: "OPS_LEVEL_HIGH" } as const;

/** The message code naming an ops band, for a `{levelText:message}` parameter. @example levelCode("typical") //=> "OPS_LEVEL_TYPICAL" */
export const levelCode = (level: OpsLevel): (typeof LEVEL_CODES)[OpsLevel] => LEVEL_CODES[level];
