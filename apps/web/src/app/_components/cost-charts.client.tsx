"use client";
/**
 * The only file importing recharts: the scale curves and the sensitivity tornado (the per-keystroke
 * cost bars are plain SVG: stacked-cost-chart.tsx). Charts receive plain numbers (cents-rounded, for
 * geometry only) and already-formatted labels; every chart has a table alternative rendered beside it.
 */
import { memo, useCallback, useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from "recharts";

export type StackedBarDatum = { pattern: string } & Record<string, number | string>;
export type Series = { key: string; label: string; color: string };

const CHART_STYLE = { width: "100%", height: 320 } as const;
// Props recharts copies into its store: one object for the page's life, so a redraw with new data
// does not also re-dispatch the chart's layout (callers keep `series` and the formatters stable too).
const CURVE_MARGIN = { top: 8, right: 24, bottom: 8, left: 16 } as const;

/** The tooltip's formatter of a chart's `formatValue`, the same function while that is the same. */
const useTooltipFormatter = (formatValue: (value: number) => string) =>
  useCallback((value: unknown) => formatValue(Number(value)), [formatValue]);

/**
 * The legend: a colour swatch (decorative, hidden from assistive technology) and the series' name in the page's
 * language. Recharts' own legend labels each swatch "<name> legend icon" in English (aria-label), which a screen
 * reader reads on the Japanese page (issue 20 item 2).
 */
function chartLegend(props: { payload?: readonly { value?: unknown; color?: string }[] }) {
  return (
    <ul className="recharts-default-legend chart-legend">
      {(props.payload ?? []).map((entry) => (
        <li key={String(entry.value)} className="recharts-legend-item">
          <span className="legend-swatch" style={{ background: entry.color }} aria-hidden="true" />
          <span className="recharts-legend-item-text">{String(entry.value ?? "")}</span>
        </li>
      ))}
    </ul>
  );
}

export type ScaleDatum = { factor: number } & Record<string, number>;
export type ScaleMarker = { factor: number; value: number; label: string };

/** Monthly total per pattern against the scale factor (log axis unless `isLinear`), break-evens marked with dots. */
export const ScaleChart = memo(function ScaleChart(props: {
  data: ScaleDatum[];
  series: Series[];
  markers: ScaleMarker[];
  formatValue: (value: number) => string;
  formatFactor: (factor: number) => string;
  title: string;
  isLinear?: boolean;
  testId?: string;
}) {
  const formatter = useTooltipFormatter(props.formatValue);
  const { formatFactor } = props;
  const labelFormatter = useCallback((factor: unknown) => formatFactor(Number(factor)), [formatFactor]);
  return (
    <figure className="chart" data-testid={props.testId ?? "scale-chart"} aria-label={props.title}>
      <LineChart data={props.data} responsive style={CHART_STYLE} margin={CURVE_MARGIN} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="factor"
          type="number"
          scale={props.isLinear ? "linear" : "log"}
          domain={["dataMin", "dataMax"]}
          ticks={props.isLinear ? undefined : props.data.map((d) => d.factor)}
          tickFormatter={props.formatFactor}
        />
        <YAxis tickFormatter={props.formatValue} width={90} />
        <Tooltip formatter={formatter} labelFormatter={labelFormatter} />
        <Legend content={chartLegend} />
        {props.series.map((series) => (
          <Line
            key={series.key}
            dataKey={series.key}
            name={series.label}
            stroke={series.color}
            strokeWidth={2}
            dot
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
        {props.markers.map((marker) => (
          <ReferenceDot
            key={`${marker.label}-${marker.factor}`}
            x={marker.factor}
            y={marker.value}
            r={6}
            fill="#fff"
            stroke="#111"
            strokeWidth={2}
            label={{ value: "◆", position: "top" }}
          />
        ))}
      </LineChart>
    </figure>
  );
});

export type TornadoDatum = { label: string; low: number; high: number };

/** Sensitivity tornado: change of the recommended pattern's monthly TCO at each end of an assumption's range. */
export const TornadoChart = memo(function TornadoChart(props: {
  data: TornadoDatum[];
  lowLabel: string;
  highLabel: string;
  formatValue: (value: number) => string;
  title: string;
}) {
  const formatter = useTooltipFormatter(props.formatValue);
  const style = useMemo(() => ({ width: "100%", height: 60 + props.data.length * 44 }), [props.data.length]);
  return (
    <figure className="chart" data-testid="tornado-chart" aria-label={props.title}>
      <BarChart data={props.data} layout="vertical" stackOffset="sign" responsive style={style} margin={CURVE_MARGIN} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={props.formatValue} />
        <YAxis type="category" dataKey="label" width={200} />
        <Tooltip formatter={formatter} />
        <Legend content={chartLegend} />
        <Bar dataKey="low" name={props.lowLabel} stackId="delta" fill="#93a3b8" isAnimationActive={false} />
        <Bar dataKey="high" name={props.highLabel} stackId="delta" fill="#334155" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
});
