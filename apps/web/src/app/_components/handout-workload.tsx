import { memo } from "react";
import { renderCoreMessage } from "../../lib/core-messages";
import { formatNumber } from "../../lib/format";
import { optionLabels } from "../../lib/option-labels";
import type { Locale, Messages } from "../../lib/i18n";
import type { CalculatorView } from "../../lib/view-types";
import { useMessageOptions } from "../../lib/reporting";

type ServiceInput = CalculatorView["json"]["input"]["services"][number];

/** A scenario value as the form's select shows it ("on-demand" → オンデマンド, "linux" → Linux). */
const shown = (group: string, value: string, t: Messages) => optionLabels(group, [value], t)[0]?.label ?? value;

function scheduleText(service: ServiceInput, t: Messages, locale: Locale): string {
  const s = service.schedule;
  if (s.hoursPerMonth !== undefined) return `${t["schedule.hours"]}: ${formatNumber(s.hoursPerMonth, locale)}`;
  const runs = s.runsPerDay ?? s.runsPerMonth ?? 0;
  const kind = s.runsPerDay !== undefined ? t["schedule.daily"] : t["schedule.monthly"];
  return `${kind}: ${formatNumber(runs, locale)} × ${formatNumber(s.durationSeconds ?? 0, locale)} ${t.seconds}`;
}

/**
 * The handout's first page (print only): what was priced — the services as core parsed them and the
 * assumptions behind the totals — before the recommendation, totals, chart and line items.
 */
export const HandoutWorkload = memo(function HandoutWorkload(props: { view: CalculatorView; t: Messages; locale: Locale }) {
  const { view, t, locale } = props;
  const options = useMessageOptions(locale);
  const input = view.json.input;
  const purchase = input.purchase;
  const alb = input.extras.loadBalancers;
  const nat = input.extras.natGateways;
  return (
    <section className="panel print-only handout-workload" aria-labelledby="handout-title" data-testid="handout-workload">
      <h2 id="handout-title">{t.handoutWorkload}</h2>
      <p>
        {t.region}: <strong>{input.region}</strong> · {t.snapshot}: <code>{view.json.priceSnapshot.id}</code> (
        {view.json.priceSnapshot.asOf})
      </p>
      <table>
        <caption>{t.handoutServices}</caption>
        <thead>
          <tr>
            <th scope="col">{t.serviceName}</th>
            <th scope="col">{t.taskCount}</th>
            <th scope="col">{t.vcpu}</th>
            <th scope="col">{t.memoryGib}</th>
            <th scope="col">
              {t.architecture} / {t.os}
            </th>
            <th scope="col">{t.schedule}</th>
          </tr>
        </thead>
        <tbody>
          {input.services.map((service) => (
            <tr key={service.name}>
              <th scope="row">{service.name}</th>
              <td className="num">{formatNumber(service.taskCount, locale)}</td>
              <td className="num">{service.vcpu === undefined ? "—" : formatNumber(service.vcpu, locale)}</td>
              <td className="num">{service.memoryGib === undefined ? "—" : formatNumber(service.memoryGib, locale)}</td>
              <td>
                {service.architecture} / {shown("os", service.os, t)}
              </td>
              <td>{scheduleText(service, t, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.handoutAssumptions}</h3>
      <ul className="handout-assumptions">
        <li>
          {t.albCount}: {alb?.count ?? 0}
          {alb?.averageLcuPerHour !== undefined ? ` (${t.albLcuPerHour}: ${alb.averageLcuPerHour})` : ""} · {t.natCount}: {nat?.count ?? 0}
        </li>
        <li>
          {t.purchaseOptions}: EC2 {shown("purchase", purchase.ec2.option, t)} · ECS on Fargate{" "}
          {shown("purchase", purchase.fargate.ecs.option, t)} · EKS on Fargate {shown("purchase", purchase.fargate.eks.option, t)}
        </li>
        {view.json.assumptions.map((a) => (
          <li key={a.id} data-testid="assumption">
            {renderCoreMessage(a.labelMessage, locale)}: {renderCoreMessage(a.valueMessage, locale, options)}{" "}
            <span className="source">({renderCoreMessage(a.sourceMessage, locale)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
