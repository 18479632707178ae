import type { Message } from "../messages/message";

/**
 * A cost line's detail as parts (codes + parameters, messages/en/details.ts), joined the same way by
 * every face: "; " between parts, nothing before a part whose code ends `_CONT` (it continues the
 * previous one: " × 730 h"), " + " before a `_PLUS` part (one more term of a sum).
 */
export function detailSeparator(code: string): string {
  if (code.endsWith("_CONT")) return "";
  return code.endsWith("_PLUS") ? " + " : "; ";
}

/**
 * The parts rendered by `render` and joined. The English `CostLine.detail` is
 * `renderDetail(parts, renderMessage)`; a face passes its own renderer.
 * @example renderDetail([message("DETAIL_NAT_IPS", { gateways: 2 }), message("DETAIL_IP_HOURS_CONT", { ipHours: "730" })], renderMessage) //=> "2 gateway(s) × 1 IP × 730 h"
 */
export function renderDetail(parts: readonly Message[], render: (part: Message) => string): string {
  return parts.map((part, index) => (index === 0 ? "" : detailSeparator(part.code)) + render(part)).join("");
}
