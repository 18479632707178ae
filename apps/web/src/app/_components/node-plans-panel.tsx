import { memo } from "react";
import { renderCoreMessage } from "../../lib/core-messages";
import { formatNumber } from "../../lib/format";
import { reportingAmount, useReporting } from "../../lib/reporting";
import type { Locale, Messages } from "../../lib/i18n";
import type { NodePlanView, PatternView } from "../../lib/view-types";
import { Money } from "./money";

const pct = (value: string | undefined, locale: Locale) => (value === undefined ? "—" : `${formatNumber(value, locale, 1)}%`);
const meter = (value: string | undefined) =>
  value === undefined ? null : <meter min={0} max={100} value={Math.min(Number(value), 100)} aria-hidden="true" />;

function chosenBy(plan: NodePlanView, t: Messages, locale: Locale): string {
  if (plan.selection === "cheapest-fit")
    return `${t["selection.cheapest-fit"]} (${t.typesCompared.replace("{count}", formatNumber(plan.search?.consideredTypes ?? 0, locale))})`;
  return plan.selection ? t[`selection.${plan.selection}`] : "—";
}

/** EC2 node groups as the core planned them: type, count, how chosen, allocatable, use of allocatable, waste, runners-up. */
export const NodePlansPanel = memo(function NodePlansPanel(props: { patterns: PatternView[]; t: Messages; locale: Locale }) {
  const { t, locale } = props;
  const reporting = useReporting();
  const withNodes = props.patterns.filter((pattern) => pattern.nodeGroups.length > 0);
  return (
    <section className="panel screen-only" aria-labelledby="nodes-title" data-testid="node-plans">
      <h2 id="nodes-title">{t.nodePlans}</h2>
      {withNodes.length === 0 ? (
        <p>{t.noNodePlans}</p>
      ) : (
        <>
          <p className="scroll-hint">{t.scrollHint}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.pattern}</th>
                <th scope="col">{t.nodeGroup}</th>
                <th scope="col">{t.nodeInstanceType}</th>
                <th scope="col">{t.nodes}</th>
                <th scope="col">{t.chosenBy}</th>
                <th scope="col">{t.allocatable}</th>
                <th scope="col">{t.cpuUtilisation}</th>
                <th scope="col">{t.memoryUtilisation}</th>
                <th scope="col">{t.unusedMonthly}</th>
                <th scope="col">{t.runnersUp}</th>
              </tr>
            </thead>
            <tbody>
              {withNodes.flatMap((pattern) =>
                pattern.nodeGroups.map((plan) => (
                  <tr key={`${pattern.id}-${plan.label}`} data-testid={`node-plan-${pattern.id}`}>
                    <th scope="row">{pattern.label}</th>
                    <td>
                      {renderCoreMessage(plan.labelMessage, locale)} ({plan.services.join(", ")})
                    </td>
                    <td>
                      {plan.instanceType}
                      {plan.instance ? ` (${plan.instance.vcpu} vCPU / ${plan.instance.memoryGib} GiB)` : ""}
                      {plan.purchase ? <div className="detail">{renderCoreMessage(plan.purchase.labelMessage, locale)}</div> : null}
                    </td>
                    <td className="num">{plan.nodeCount}</td>
                    <td>{chosenBy(plan, t, locale)}</td>
                    <td className="num">
                      {plan.allocatablePerNode
                        ? `${formatNumber(plan.allocatablePerNode.cpuMillicores, locale)}m / ${formatNumber(plan.allocatablePerNode.memoryMib, locale, 0)} MiB`
                        : "—"}
                    </td>
                    <td className="num">
                      {meter(plan.utilisation?.cpuPercent)} {pct(plan.utilisation?.cpuPercent, locale)}
                    </td>
                    <td className="num">
                      {meter(plan.utilisation?.memoryPercent)} {pct(plan.utilisation?.memoryPercent, locale)}
                    </td>
                    <td className="num">
                      <Money usd={plan.utilisation?.unusedMonthlyUsd ?? null} locale={locale} />
                    </td>
                    <td>
                      {(plan.runnersUp ?? [])
                        .map((r) => `${r.nodeCount} × ${r.instanceType} +${reportingAmount(r.extraMonthlyUsd, reporting, locale).text}`)
                        .join(", ") || "—"}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
});
