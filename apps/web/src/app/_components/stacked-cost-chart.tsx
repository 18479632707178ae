import { memo, useEffect, useRef, useState } from "react";
import { niceTicks } from "../../lib/axis-ticks";
import type { Series, StackedBarDatum } from "./cost-charts.client";

/**
 * The drawing is laid out in the box's own pixels (a ResizeObserver), so text keeps its size on a
 * phone; 800 wide until measured (the server's render, tests). Below 600 px: a narrower value axis,
 * smaller text and one word per line under the bars.
 */
const DEFAULT_WIDTH = 800;
const HEIGHT = 320;
const TOP = 12;
const BOTTOM = 52;
const RIGHT = 16;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const layoutFor = (width: number) =>
  width < 600 ? { width, left: 64, fontSize: 10, wordsPerLine: 1 } : { width, left: 96, fontSize: 12, wordsPerLine: 0 };
/** SVG coordinates to 1/100 of a unit (short attributes, no 51.19999999999999). */
const px = (value: number) => Math.round(value * 100) / 100;

/**
 * A pattern's name under its bar: at most two lines ("ECS Managed Instances (≥)" → "ECS Managed", "Instances (≥)"),
 * or with `wordsPerLine` 1 one word per line, at most three (the rest on the third).
 */
export function labelLines(label: string, wordsPerLine: number): string[] {
  const words = label.split(" ");
  if (wordsPerLine === 1) return words.length <= 3 ? words : [words[0] ?? "", words[1] ?? "", words.slice(2).join(" ")];
  const half = Math.ceil(words.length / 2);
  return words.length < 3 ? [label] : [words.slice(0, half).join(" "), words.slice(half).join(" ")];
}

/** The element's width in CSS pixels, followed on resize; `fallback` until measured or where it cannot be. */
function useBoxWidth(fallback: number) {
  const box = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured >= 240) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { box, width };
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
  const { box, width } = useBoxWidth(DEFAULT_WIDTH);
  const { left, fontSize, wordsPerLine } = layoutFor(width);
  const plotWidth = width - left - RIGHT;
  const amountOf = (datum: StackedBarDatum, key: string) => {
    const value = datum[key];
    return typeof value === "number" && value > 0 ? value : 0;
  };
  const series = props.series.filter((s) => data.some((datum) => amountOf(datum, s.key) > 0));
  const totals = data.map((datum) => series.reduce((sum, s) => sum + amountOf(datum, s.key), 0));
  const ticks = niceTicks(Math.max(0, ...totals), 5);
  const top = ticks.at(-1) ?? 1;
  const y = (value: number) => px(TOP + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT);
  const slot = plotWidth / Math.max(1, data.length);
  const barWidth = Math.min(72, slot * 0.6);
  return (
    <figure className="chart" data-testid="cost-chart" aria-label={props.title} ref={box}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" role="img" aria-label={props.title} className="stacked-chart">
        {ticks.map((tick) => (
          <g key={tick} className="y-tick">
            <line x1={left} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#d1d5db" strokeDasharray="3 3" />
            <text x={left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize={fontSize} fill="#4b5563">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {data.map((datum, index) => {
          const x = px(left + slot * index + (slot - barWidth) / 2);
          let base = 0;
          const lines = labelLines(String(datum.pattern), wordsPerLine);
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
              <text x={px(x + barWidth / 2)} y={HEIGHT - BOTTOM + 18} textAnchor="middle" fontSize={fontSize} fill="#111827">
                {lines.map((line, at) => (
                  <tspan key={`${at}-${line}`} x={px(x + barWidth / 2)} dy={at === 0 ? 0 : fontSize + 2}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={width - RIGHT} y1={y(0)} y2={y(0)} stroke="#6b7280" />
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
