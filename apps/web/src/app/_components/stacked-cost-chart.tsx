import { memo } from "react";
import { niceTicks } from "../../lib/axis-ticks";
import type { Series, StackedBarDatum } from "./cost-charts.client";

/** The drawing's own units (the SVG scales to the panel's width; text scales with it). */
const WIDTH = 800;
const HEIGHT = 320;
const PLOT = { left: 96, right: 16, top: 12, bottom: 52 } as const;
const PLOT_HEIGHT = HEIGHT - PLOT.top - PLOT.bottom;
const PLOT_WIDTH = WIDTH - PLOT.left - PLOT.right;
/** SVG coordinates to 1/100 of a unit (short attributes, no 51.19999999999999). */
const px = (value: number) => Math.round(value * 100) / 100;

/** A pattern's name on at most two lines under its bar ("ECS Managed Instances (≥)" → "ECS Managed", "Instances (≥)"). */
function twoLines(label: string): [string, string] {
  const words = label.split(" ");
  const half = Math.ceil(words.length / 2);
  return words.length < 3 ? [label, ""] : [words.slice(0, half).join(" "), words.slice(half).join(" ")];
}

/**
 * Total cost per pattern, one stacked segment per cost category (ops included as a slot), drawn as
 * plain SVG in one render: it redraws on every keystroke, and recharts took two React passes and
 * ~30 ms of main thread per change for these six bars (issue 19 item 5). Each segment's exact label
 * is its tooltip (<title>); the table beside the chart is the accessible alternative. Numbers are
 * geometry only (cents-rounded by the caller), labels come from `formatValue`.
 */
export const StackedCostChart = memo(function StackedCostChart(props: {
  data: StackedBarDatum[];
  series: Series[];
  formatValue: (value: number) => string;
  title: string;
}) {
  const { data, formatValue } = props;
  const amountOf = (datum: StackedBarDatum, key: string) => {
    const value = datum[key];
    return typeof value === "number" && value > 0 ? value : 0;
  };
  const series = props.series.filter((s) => data.some((datum) => amountOf(datum, s.key) > 0));
  const totals = data.map((datum) => series.reduce((sum, s) => sum + amountOf(datum, s.key), 0));
  const ticks = niceTicks(Math.max(0, ...totals), 5);
  const top = ticks.at(-1) ?? 1;
  const y = (value: number) => px(PLOT.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT);
  const slot = PLOT_WIDTH / Math.max(1, data.length);
  const barWidth = Math.min(72, slot * 0.6);
  return (
    <figure className="chart" data-testid="cost-chart" aria-label={props.title}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={props.title} className="stacked-chart">
        {ticks.map((tick) => (
          <g key={tick} className="y-tick">
            <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} stroke="#d1d5db" strokeDasharray="3 3" />
            <text x={PLOT.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize={12} fill="#4b5563">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {data.map((datum, index) => {
          const x = px(PLOT.left + slot * index + (slot - barWidth) / 2);
          let base = 0;
          const [first, second] = twoLines(String(datum.pattern));
          return (
            <g key={String(datum.pattern)} className="bar">
              {series.map((s) => {
                const value = amountOf(datum, s.key);
                if (value === 0) return null;
                const from = base;
                base += value;
                return (
                  <rect
                    key={s.key}
                    className="bar-segment"
                    x={x}
                    width={px(barWidth)}
                    y={y(base)}
                    height={px(y(from) - y(base))}
                    fill={s.color}
                  >
                    <title>{`${datum.pattern} · ${s.label}: ${formatValue(value)}`}</title>
                  </rect>
                );
              })}
              <text x={px(x + barWidth / 2)} y={HEIGHT - PLOT.bottom + 18} textAnchor="middle" fontSize={12} fill="#111827">
                <tspan x={px(x + barWidth / 2)}>{first}</tspan>
                {second ? (
                  <tspan x={px(x + barWidth / 2)} dy={15}>
                    {second}
                  </tspan>
                ) : null}
              </text>
            </g>
          );
        })}
        <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(0)} y2={y(0)} stroke="#6b7280" />
      </svg>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="legend-swatch" style={{ background: s.color }} aria-hidden="true" />
            <span>{s.label}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
});
