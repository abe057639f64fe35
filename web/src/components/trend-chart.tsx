import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface Series {
  name: string;
  values: (number | null)[];
}

// Colours from the GOV.UK palette, each ≥ 3:1 against white; lines also differ by symbol and dash.
const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'];
const DASHES = ['solid', 'dashed', 'dotted', 'solid'] as const;

/**
 * A line chart of a few series over labelled points (collection years). Drawn as SVG; the container is one
 * image with a description, and callers show the same numbers in a table beneath it.
 */
export function TrendChart({
  labels,
  series,
  description,
}: {
  labels: string[];
  series: Series[];
  description: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      color: COLOURS,
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Arial, sans-serif', color: '#0b0c0c' },
      legend: { top: 0, left: 0, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { color: '#0b0c0c' } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#0b0c0c' } },
      series: series.map((s, i) => ({
        type: 'line',
        name: s.name,
        data: s.values,
        symbol: SYMBOLS[i % SYMBOLS.length],
        symbolSize: 8,
        lineStyle: { width: 3, type: DASHES[i % DASHES.length] },
      })),
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [labels, series]);
  return <div className="chart" ref={box} role="img" aria-label={description} />;
}
