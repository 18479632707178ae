import { renderMessageWith, reportingFormats, type Message, type ReportingCurrency } from "@repo/core";

/**
 * A core sentence as the CLI prints it, its money in the report's currency (issue 21): a JPY report reads
 * "¥5,000/h" and "¥1,234", a USD report is core's English as is. Every CLI sentence from a core message
 * (notes, warnings, suggestions, recommendation, assumptions) goes through here, so no part of a JPY
 * report slips back into dollars.
 * @example messageText(note, jpyAt150) //=> "… ¥5,406 …"
 */
export function messageText(message: Message, reporting: ReportingCurrency): string {
  return renderMessageWith(message, { formats: reportingFormats(reporting) });
}
