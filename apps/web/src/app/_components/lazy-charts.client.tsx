"use client";
/**
 * recharts (~100 KB gzipped) is loaded after the first paint instead of with the page: the numbers,
 * the chart tables and the rest of the page are server-rendered and interactive first, and the charts
 * appear as soon as their chunk arrives. A fixed-height placeholder keeps the layout from jumping.
 */
import dynamic from "next/dynamic";

const placeholder = () => <div className="chart-placeholder" aria-hidden="true" />;

export const ScaleChart = dynamic(() => import("./cost-charts.client").then((module) => module.ScaleChart), {
  ssr: false,
  loading: placeholder,
});
export const TornadoChart = dynamic(() => import("./cost-charts.client").then((module) => module.TornadoChart), {
  ssr: false,
  loading: placeholder,
});
