import { memo } from "react";
import { formatMoney, formatNumber } from "../../lib/format";
import type { Locale, Messages } from "../../lib/i18n";
import type { NodePlanView, PatternView } from "../../lib/view-types";
import { Money } from "./money";

const pct = (value: string | null, locale: Locale) => (value === null ? "—" : `${formatNumber(value, locale, 1)}%`);
const meter = (value: string | null) => (value === null ? null : <meter min={0} max={100} value={Math.min(Number(value), 100)} aria-hidden="true" />);

function chosenBy(plan: NodePlanView, t: Messages, locale: Locale): string {
  if (plan.selection === "cheapest-fit") return `${t["selection.cheapest-fit"]} (${formatNumber(plan.consideredCount ?? 0, locale)})`;
  return plan.selection ? t[`selection.${plan.selection}`] : "—";
}

/** EC2 node groups as the core planned them: type, count, how chosen, allocatable, use of allocatable, waste, runners-up. */
export const NodePlansPanel = memo(function NodePlansPanel(props: { patterns: PatternView[]; t: Messages; locale: Locale; jpyPerUsd: string }) {
  const { t, locale, jpyPerUsd } = props;
  const withNodes = props.patterns.filter((pattern) => pattern.nodePlans.length > 0);
  return (
    <section className="panel" aria-labelledby="nodes-title" data-testid="node-plans">
      <h2 id="nodes-title">{t.nodePlans}</h2>
      {withNodes.length === 0 ? <p>{t.noNodePlans}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.pattern}</th><th scope="col">{t.nodeGroup}</th><th scope="col">{t.instanceType}</th>
              <th scope="col">{t.nodes}</th><th scope="col">{t.chosenBy}</th><th scope="col">{t.allocatable}</th>
              <th scope="col">{t.cpuUtilisation}</th><th scope="col">{t.memoryUtilisation}</th><th scope="col">{t.unusedMonthly}</th><th scope="col">{t.runnersUp}</th>
            </tr>
          </thead>
          <tbody>
            {withNodes.flatMap((pattern) => pattern.nodePlans.map((plan) => (
              <tr key={`${pattern.id}-${plan.label}`} data-testid={`node-plan-${pattern.id}`}>
                <th scope="row">{pattern.label}</th>
                <td>{plan.label} ({plan.services.join(", ")})</td>
                <td>{plan.instanceType} ({plan.vcpuPerNode} vCPU / {plan.memoryGibPerNode} GiB){plan.purchaseLabel ? <div className="detail">{plan.purchaseLabel}</div> : null}</td>
                <td className="num">{plan.nodeCount}</td>
                <td>{chosenBy(plan, t, locale)}</td>
                <td className="num">{plan.allocatableCpuMillicores === null ? "—" : `${formatNumber(plan.allocatableCpuMillicores, locale)}m / ${formatNumber(plan.allocatableMemoryMib ?? 0, locale)} MiB`}</td>
                <td className="num">{meter(plan.cpuPercent)} {pct(plan.cpuPercent, locale)}</td>
                <td className="num">{meter(plan.memoryPercent)} {pct(plan.memoryPercent, locale)}</td>
                <td className="num"><Money usd={plan.unusedMonthlyUsd} locale={locale} jpyPerUsd={jpyPerUsd} /></td>
                <td>{plan.runnersUp.map((r) => `${r.nodeCount} × ${r.instanceType} +${formatMoney(r.extraMonthlyUsd, locale)}`).join(", ") || "—"}</td>
              </tr>
            )))}
          </tbody>
        </table>
      )}
    </section>
  );
});
