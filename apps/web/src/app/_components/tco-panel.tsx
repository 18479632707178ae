import { memo } from "react";
import { OPS_LEVELS } from "@repo/core";
import { renderCoreMessage } from "../../lib/core-messages";
import { formatNumber } from "../../lib/format";
import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView } from "../../lib/view-types";
import { useMessageOptions } from "../../lib/reporting";
import { Money } from "./money";

/** TCO per pattern (core's PatternTco): AWS + ops hours × rate, monthly/yearly/3-year, with the low–high band. */
export const TcoPanel = memo(function TcoPanel(props: { view: CalculatorView; t: Messages; locale: Locale }) {
  const { view, t, locale } = props;
  const level = view.json.tco.level;
  const options = useMessageOptions(locale);
  const rate = Object.values(view.json.ops).find((ops) => ops !== null);
  const money = (usd: string | null | undefined, testId?: string, lowerBound?: boolean) => (
    <Money usd={usd ?? null} lowerBound={lowerBound} locale={locale} testId={testId} />
  );
  return (
    <section className="panel screen-only" aria-labelledby="tco-title" data-testid="tco">
      <h2 id="tco-title">{t.tcoTitle}</h2>
      <p className="hint">
        {t.tcoNote} {t[`level.${level}`]} ·{" "}
        {rate ? (
          <>
            {t.engineerRate}: <Money usd={rate.engineerHourlyUsd} locale={locale} testId="engineer-rate" />
            {t.perHour} ({rate.rateSource})
          </>
        ) : null}
      </p>
      <table className="totals">
        <thead>
          <tr>
            <th scope="col">{t.pattern}</th>
            <th scope="col">{t.awsMonthly}</th>
            <th scope="col">{t.opsHoursMonthly}</th>
            <th scope="col">{t.opsMonthly}</th>
            <th scope="col">{t.tcoMonthly}</th>
            <th scope="col">{t.tcoBand}</th>
            <th scope="col">{t.yearly}</th>
            <th scope="col">{t.threeYears}</th>
          </tr>
        </thead>
        <tbody>
          {view.patterns.map((p) => (
            <tr key={p.id} data-pattern={p.id}>
              <th scope="row">{p.label}</th>
              {p.ops && p.tco.monthlyUsd ? (
                <>
                  <td className="num">{money(p.tco.infraMonthlyUsd, undefined, p.lowerBound)}</td>
                  <td className="num">{formatNumber(p.ops.hoursPerMonth[level], locale, 2)}</td>
                  <td className="num">{money(p.ops.monthlyUsd[level], `ops-${p.id}`)}</td>
                  <td className="num">
                    <strong>{money(p.tco.monthlyUsd[level], `tco-${p.id}`, p.lowerBound)}</strong>
                  </td>
                  <td className="num">
                    {money(p.tco.monthlyUsd.low, undefined, p.lowerBound)} – {money(p.tco.monthlyUsd.high, undefined, p.lowerBound)}
                  </td>
                  <td className="num">{money(p.tco.yearlyUsd?.[level], undefined, p.lowerBound)}</td>
                  <td className="num">{money(p.tco.threeYearUsd?.[level], `tco3y-${p.id}`, p.lowerBound)}</td>
                </>
              ) : (
                <td colSpan={7}>
                  {t[`status.${p.status}`]}: {p.reasons.map((reason) => renderCoreMessage(reason, locale, options)).join("; ")}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <details className="chart-table">
        <summary>{t.opsActivities}</summary>
        <table data-testid="ops-activities">
          <thead>
            <tr>
              <th scope="col">{t.pattern}</th>
              <th scope="col">{t.activity}</th>
              {OPS_LEVELS.map((l) => (
                <th key={l} scope="col">
                  {t[`level.${l}`]} (h)
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.patterns.flatMap((p) =>
              (p.ops?.activities ?? []).map((a) => (
                <tr key={`${p.id}-${a.id}`}>
                  <th scope="row">{p.label}</th>
                  <td>
                    {renderCoreMessage(a.labelMessage, locale)}
                    <div className="detail">{renderCoreMessage(a.reasonMessage, locale)}</div>
                    <div className="detail source" data-testid="activity-sources">
                      {t.source}: {[a.sourcesMessage, ...a.ruleMessages].map((m) => renderCoreMessage(m, locale)).join("; ")}
                    </div>
                  </td>
                  {OPS_LEVELS.map((l) => (
                    <td key={l} className="num">
                      {formatNumber(a.hours[l], locale, 2)}
                    </td>
                  ))}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
      <UpgradePaths view={view} t={t} locale={locale} />
      <Purchases view={view} t={t} locale={locale} />
    </section>
  );
});

/** Kubernetes: keep upgrading (hours) or stay on extended support (fee), side by side. */
function UpgradePaths(props: { view: CalculatorView; t: Messages; locale: Locale }) {
  const { view, t, locale } = props;
  const level = view.json.tco.level;
  const options = useMessageOptions(locale);
  const eks = view.patterns.filter((p) => p.tco.upgradePaths);
  if (eks.length === 0) return null;
  return (
    <>
      <h3>{t.upgradePaths}</h3>
      <table data-testid="upgrade-paths">
        <thead>
          <tr>
            <th scope="col">{t.pattern}</th>
            <th scope="col">{t.upgradePolicyChosen}</th>
            <th scope="col">{t.upgradeHours}</th>
            <th scope="col">{t.upgradeTco}</th>
            <th scope="col">{t.extendedFee}</th>
            <th scope="col">{t.extendedTco}</th>
            <th scope="col">{t.feeOverRate}</th>
          </tr>
        </thead>
        <tbody>
          {eks.map((p) => {
            const u = p.tco.upgradePaths;
            if (!u) return null;
            return (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>{t[`upgrade.${u.chosen}`]}</td>
                <td className="num">{formatNumber(u.upgrade.upgradeHours[level], locale, 2)}</td>
                <td className="num">
                  <Money usd={u.upgrade.monthlyUsd[level]} lowerBound={p.lowerBound} locale={locale} />
                </td>
                <td className="num">
                  <Money usd={u.extendedSupport?.surchargeMonthlyUsd ?? null} locale={locale} />
                </td>
                <td className="num">
                  <Money usd={u.extendedSupport?.monthlyUsd[level] ?? null} lowerBound={p.lowerBound} locale={locale} />
                </td>
                <td className="num">
                  {u.breakEvenAvoidedHoursPerMonth === null ? "—" : `${formatNumber(u.breakEvenAvoidedHoursPerMonth, locale, 2)} h`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {eks[0]?.tco.upgradePaths ? <p className="hint">{renderCoreMessage(eks[0].tco.upgradePaths.noteMessage, locale, options)}</p> : null}
    </>
  );
}

/** How compute is bought per pattern; upfront payments are shown once, apart from the monthly figures. */
function Purchases(props: { view: CalculatorView; t: Messages; locale: Locale }) {
  const { view, t, locale } = props;
  const options = useMessageOptions(locale);
  return (
    <>
      <h3>{t.purchaseOptions}</h3>
      <table data-testid="purchases">
        <caption>{t.purchasesCover}</caption>
        <thead>
          <tr>
            <th scope="col">{t.pattern}</th>
            <th scope="col">{t.purchaseOption}</th>
            <th scope="col">{t.upfront}</th>
            <th scope="col">{t.monthlyRecurring}</th>
            <th scope="col">{t.monthlyEffective}</th>
          </tr>
        </thead>
        <tbody>
          {view.patterns.flatMap((p) =>
            p.purchase.map((s) => (
              <tr key={`${p.id}-${s.scope}`} data-testid={`purchase-${p.id}`}>
                <th scope="row">{p.label}</th>
                <td>
                  {s.labelMessages.map((part) => renderCoreMessage(part, locale, options)).join(" + ")}
                  {s.noteMessages.length ? (
                    <div className="detail">{s.noteMessages.map((note) => renderCoreMessage(note, locale, options)).join(" ")}</div>
                  ) : null}
                </td>
                <td className="num">
                  <Money usd={s.upfrontUsd} locale={locale} testId={`upfront-${p.id}`} />
                  {s.termMonths ? ` (${s.termMonths} ${t.months})` : ""}
                </td>
                <td className="num">
                  <Money usd={s.monthlyRecurringUsd} locale={locale} />
                </td>
                <td className="num">
                  <Money usd={s.monthlyEffectiveUsd} locale={locale} />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </>
  );
}
