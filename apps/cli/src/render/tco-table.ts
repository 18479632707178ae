import { formatAmount, hourlyAmountText, toReportingAmount, type Band, type ModelResult, type PatternTco } from "@repo/core";
import { messageText } from "./message-text";
import { moneyText } from "./money";
import { renderTextTable } from "./text-table";

const hours = (value: Band["typical"]): string => value.toDecimalPlaces(2).toFixed();
type Analysis = ModelResult;

function summary(analysis: Analysis): string {
  const usd = moneyText(analysis.reporting);
  const range = (value: Band | null): string => (value ? `${usd(value.low)}–${usd(value.high)}` : "—");
  const level = analysis.level;
  const rows = analysis.tco.map((t) => {
    // Incomplete patterns miss some AWS rates: their totals are lower bounds, shown as "≥ $x".
    const atLeast = (text: string) => (t.status === "incomplete" && text !== "—" ? `≥ ${text}` : text);
    return [
      t.label,
      t.status === "ruled-out" ? "ruled out" : t.status,
      atLeast(usd(t.infraMonthlyUsd)),
      t.ops ? hours(t.ops.hoursPerMonth[level]) : "—",
      usd(t.ops?.monthlyUsd[level]),
      atLeast(usd(t.monthlyUsd?.[level])),
      atLeast(usd(t.yearlyUsd?.[level])),
      atLeast(usd(t.threeYearUsd?.[level])),
      atLeast(range(t.monthlyUsd)),
    ];
  });
  return renderTextTable(
    [
      { header: "Pattern" },
      { header: "Status" },
      { header: "AWS/month", align: "right" },
      { header: "Ops h/month", align: "right" },
      { header: "Ops/month", align: "right" },
      { header: "TCO/month", align: "right" },
      { header: "TCO/year", align: "right" },
      { header: "TCO 3 years", align: "right" },
      { header: "TCO/month low–high", align: "right" },
    ],
    rows,
  );
}

/**
 * The engineer rate as the scenario gives it — "¥5,000/h" or "$90/h" — and, when the report is in another
 * currency, as the report's amounts use it: "$90/h (¥13,500/h)" in a JPY report at ¥150/$, so the ops
 * figures beside it (in yen) can be checked by hand.
 */
function rateText(analysis: Analysis): string {
  const { hourly, hourlyUsd, currency } = analysis.labour;
  const given = currency === "USD" ? `$${hourly.toFixed()}/h` : `${formatAmount(hourly, currency)}/h`;
  const reporting = analysis.reporting;
  if (reporting.currency === currency) return given;
  return `${given} (${hourlyAmountText(toReportingAmount(hourlyUsd, reporting), reporting.currency)}/h)`;
}

function opsBlock(t: PatternTco, analysis: Analysis): string {
  const level = analysis.level;
  const usd = moneyText(analysis.reporting);
  if (!t.ops) return `== Ops effort: ${t.label} — ruled out (${t.ruledOutReasons.join("; ")})`;
  const d = t.ops.drivers;
  const head =
    `== Ops effort: ${t.label} — ${hours(t.ops.hoursPerMonth[level])} h/month ${level} (low ${hours(t.ops.hoursPerMonth.low)}, high ${hours(t.ops.hoursPerMonth.high)}) × ${rateText(analysis)}` +
    `\n   drivers: ${d.environments} cluster(s)/environment(s), ${d.services} service(s), ${d.nodes} always-on EC2 node(s), ${d.nodeGroups} AMI famil${d.nodeGroups === 1 ? "y" : "ies"}`;
  const table = renderTextTable(
    [
      { header: "Activity" },
      { header: "Hours low / typical / high", align: "right" },
      { header: `Monthly (${level})`, align: "right" },
      { header: "Sources" },
    ],
    t.ops.activities.map((a) => [
      a.label,
      `${hours(a.hours.low)} / ${hours(a.hours.typical)} / ${hours(a.hours.high)}`,
      usd(a.monthlyUsd[level]),
      a.sources,
    ]),
  );
  const rules = t.ops.activities.flatMap((a) => a.rules.map((rule) => `  rule (${a.label}): ${rule}`));
  return [head, table, ...rules].join("\n");
}

function upgradeBlock(analysis: Analysis): string | null {
  const usd = moneyText(analysis.reporting);
  const rows = analysis.tco
    .filter((t) => t.upgradePaths)
    .map((t) => {
      const u = t.upgradePaths!;
      const ext = u.extendedSupport;
      return [
        t.label,
        u.chosen,
        hours(u.upgrade.upgradeHours[analysis.level]),
        usd(u.upgrade.monthlyUsd[analysis.level]),
        ext ? usd(ext.monthlyUsd[analysis.level]) : "not priced",
        ext ? usd(ext.surchargeMonthlyUsd) : "—",
        u.breakEvenAvoidedHoursPerMonth ? hours(u.breakEvenAvoidedHoursPerMonth) : "—",
      ];
    });
  if (rows.length === 0) return null;
  const note = analysis.tco.find((t) => t.upgradePaths)?.upgradePaths?.note ?? "";
  return [
    `== Kubernetes upgrades: keep upgrading vs stay on extended support ($0.60 instead of $0.10 per cluster-hour; ${analysis.level} TCO/month)`,
    renderTextTable(
      [
        { header: "Pattern" },
        { header: "Policy" },
        { header: "Upgrade h/month", align: "right" },
        { header: "Path: upgrade", align: "right" },
        { header: "Path: extended support", align: "right" },
        { header: "Extended fee", align: "right" },
        { header: "Fee ÷ rate (h)", align: "right" },
      ],
      rows,
    ),
    `  note: ${note}`,
    '  note: "Fee ÷ rate" is how many upgrade hours a month staying behind would have to save to pay for its fee.',
  ].join("\n");
}

/** TCO summary, each pattern's ops activities and the upgrade trade-off, as plain text blocks (money in the report's currency). */
export function renderTcoTables(analysis: Analysis): string {
  const { labour } = analysis;
  const market = labour.defaulted || labour.market === "custom" ? "" : `${labour.market} labour market, `;
  const title = `== Total cost of ownership: AWS + ops at ${rateText(analysis)} (${market}${labour.source}); ${analysis.level} ops hours`;
  const suggestions = analysis.suggestions.map((s) => `  suggestion: ${messageText(s, analysis.reporting)}`);
  const blocks = [title, ...suggestions, summary(analysis), "", ...analysis.tco.map((t) => opsBlock(t, analysis)).flatMap((b) => [b, ""])];
  const upgrades = upgradeBlock(analysis);
  if (upgrades) blocks.push(upgrades, "");
  return blocks.join("\n");
}
