import { formatNumber } from "../../lib/format";
import type { Locale, Messages } from "../../lib/i18n";
import type { PatternView } from "../../lib/view-types";

/** EC2 node groups of the EC2 patterns and how full they are (requests ÷ capacity). */
export function NodePlansPanel(props: { patterns: PatternView[]; t: Messages; locale: Locale }) {
  const { t, locale } = props;
  const withNodes = props.patterns.filter((pattern) => pattern.nodePlans.length > 0);
  return (
    <section className="panel" aria-labelledby="nodes-title" data-testid="node-plans">
      <h2 id="nodes-title">{t.nodePlans}</h2>
      {withNodes.length === 0 ? <p>{t.noNodePlans}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.pattern}</th><th scope="col">{t.nodeGroup}</th><th scope="col">{t.instanceType}</th>
              <th scope="col">{t.nodes}</th><th scope="col">{t.nodesNeeded}</th><th scope="col">{t.cpuUtilisation}</th><th scope="col">{t.memoryUtilisation}</th>
            </tr>
          </thead>
          <tbody>
            {withNodes.flatMap((pattern) => pattern.nodePlans.map((plan) => (
              <tr key={`${pattern.id}-${plan.label}`}>
                <th scope="row">{pattern.label}</th>
                <td>{plan.label} ({plan.services.join(", ")})</td>
                <td>{plan.instanceType} ({plan.vcpuPerNode} vCPU / {plan.memoryGibPerNode} GiB)</td>
                <td className="num">{plan.nodeCount}</td>
                <td className="num">{plan.nodesNeeded}</td>
                <td className="num"><meter min={0} max={100} value={Math.min(plan.cpuUtilisationPct, 100)} aria-hidden="true" /> {formatNumber(plan.cpuUtilisationPct, locale, 1)}%</td>
                <td className="num"><meter min={0} max={100} value={Math.min(plan.memoryUtilisationPct, 100)} aria-hidden="true" /> {formatNumber(plan.memoryUtilisationPct, locale, 1)}%</td>
              </tr>
            )))}
          </tbody>
        </table>
      )}
    </section>
  );
}
