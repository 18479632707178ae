import { parseDecimal, type Rate } from "@repo/core";

/**
 * Collects rates keyed by region + usage. Two products mapping to the same key (AWS sometimes
 * carries a superseded SKU) are resolved deterministically: the later effective date wins, then
 * the smaller SKU; a price disagreement is reported so a reviewer can see it.
 */
export class RateCollector {
  private readonly byKey = new Map<string, Rate>();
  readonly warnings: string[] = [];

  add(rate: Rate): void {
    const key = `${rate.region}|${rate.usage}`;
    const existing = this.byKey.get(key);
    if (!existing) {
      this.byKey.set(key, rate);
      return;
    }
    const newer = (rate.effectiveDate ?? rate.asOf).localeCompare(existing.effectiveDate ?? existing.asOf);
    const wins = newer > 0 || (newer === 0 && (rate.sku ?? "") < (existing.sku ?? ""));
    if (!parseDecimal(rate.priceUsd).equals(parseDecimal(existing.priceUsd))) {
      const [kept, dropped] = wins ? [rate, existing] : [existing, rate];
      this.warnings.push(
        `${key}: SKUs ${kept.sku ?? "?"} ($${kept.priceUsd}) and ${dropped.sku ?? "?"} ($${dropped.priceUsd}) disagree; kept ${kept.sku ?? "?"}`,
      );
    }
    if (wins) this.byKey.set(key, rate);
  }

  /** Rates sorted by region, then usage (stable snapshot files diff cleanly). */
  rates(): Rate[] {
    return [...this.byKey.values()].sort((a, b) => a.region.localeCompare(b.region) || a.usage.localeCompare(b.usage));
  }
}
