import { Decimal, parseDecimal, type Rate } from "@repo/core";
import type { SnapshotDiff } from "@repo/pricing";
import { exactUsd } from "./prices-table";
import { renderTextTable } from "./text-table";
import { priceBookLabel } from "./price-book-label";

const signed = (value: string) => (value.startsWith("-") ? value : `+${value}`);
/** Percent for display only: 2 decimal places, half-even. */
const percent = (value: string | null) =>
  value === null ? "n/a (was 0)" : `${signed(parseDecimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2))}%`;

function rateTable(rates: readonly Rate[]): string {
  return renderTextTable(
    [{ header: "Region" }, { header: "Usage" }, { header: "Unit" }, { header: "USD", align: "right" }, { header: "As of" }],
    rates.map((r) => [r.region, r.usage, r.unit, exactUsd(r.priceUsd), r.asOf]),
  );
}

/**
 * `costcalc prices diff` as text: a one-line summary, then the changed rates (old → new, change in
 * USD exact and in percent), then added and removed rates. Answers "why did the estimate move?".
 */
export function renderPricesDiff(diff: SnapshotDiff): string {
  const summary =
    `${priceBookLabel(diff.old)} (as of ${diff.old.asOf}) → ${priceBookLabel(diff.new)} (as of ${diff.new.asOf}): ` +
    `${diff.changed.length} changed, ${diff.added.length} added, ${diff.removed.length} removed, ${diff.unchangedCount} unchanged`;
  const parts = [summary];
  if (diff.changed.length) {
    parts.push(
      "Changed",
      renderTextTable(
        [
          { header: "Region" },
          { header: "Usage" },
          { header: "Unit" },
          { header: "Old USD", align: "right" },
          { header: "New USD", align: "right" },
          { header: "Change USD", align: "right" },
          { header: "Change", align: "right" },
        ],
        diff.changed.map((c) => [c.region, c.usage, c.unit, c.oldPriceUsd, c.newPriceUsd, signed(c.deltaUsd), percent(c.deltaPercent)]),
      ),
    );
  }
  if (diff.added.length) parts.push("Added", rateTable(diff.added));
  if (diff.removed.length) parts.push("Removed", rateTable(diff.removed));
  return `${parts.join("\n\n")}\n`;
}
