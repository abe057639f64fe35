import { BarChart, BoxplotChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type RefObject, useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  BoxplotChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** GOV.UK palette colours, each at least 3:1 against white (as the other charts in the app). */
export const COLOURS = [
  '#1d70b8',
  '#d4351c',
  '#00703c',
  '#4c2c92',
  '#f47738',
  '#801650',
  '#28a197',
  '#6f72af',
];

/** What every supply chart shares: no animation, SVG, the app's font and text colour, legend top left. */
export const BASE_OPTION = {
  animation: false,
  aria: { enabled: false },
  color: COLOURS,
  textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Arial, sans-serif', color: '#0b0c0c' },
  legend: { top: 0, left: 0, textStyle: { fontSize: 14 } },
  tooltip: { trigger: 'axis' },
};

/** Axis labels for pounds (£41.1m, £6.9k) or plain numbers. */
export function axisFormatter(money: boolean): (value: number) => string {
  if (!money) return (v) => v.toLocaleString('en-GB');
  return (v) => {
    const a = Math.abs(v);
    if (a >= 1_000_000) return `£${(v / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })}m`;
    if (a >= 1_000) return `£${(v / 1_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })}k`;
    return `£${v}`;
  };
}

/**
 * An ECharts instance drawn as SVG in the returned box, set to `option` whenever `key` changes (a string
 * that stands for the figures, so callers need not memoise their arrays), resized with its container and
 * disposed on unmount.
 */
export function useEChart(option: Record<string, unknown>, key: string): RefObject<HTMLDivElement | null> {
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(option);
  latest.current = option;
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for the option's figures
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.setOption(latest.current);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [key]);
  return box;
}
