import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Fan } from './types.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface FanPoint {
  label: string;
  /** A recorded count (history), or the forecast's fan. */
  recorded?: number;
  fan?: Fan;
}

/**
 * A fan chart: recorded counts as a solid line, then the forecast's median (dashed) with shaded 80% (P10–P90)
 * and 90% (P5–P95) ranges. The bands start from the last recorded point so the fan opens from it. One image
 * with a description; callers show the same figures in a table.
 */
export function FanChart({
  points,
  description,
  unit = 'children',
}: {
  points: FanPoint[];
  description: string;
  unit?: 'children' | 'pounds';
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const lastRecorded = points.reduce((i, p, j) => (p.recorded !== undefined ? j : i), -1);
    // The fan opens from the last recorded value (zero width there).
    const at = (p: FanPoint, i: number, pick: (f: Fan) => number): number | null => {
      if (p.fan) return pick(p.fan);
      if (i === lastRecorded && p.recorded !== undefined) return p.recorded;
      return null;
    };
    const band = (name: string, lo: (f: Fan) => number, hi: (f: Fan) => number, colour: string) => [
      {
        name: `${name} base`,
        type: 'line',
        stack: name,
        data: points.map((p, i) => at(p, i, lo)),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        tooltip: { show: false },
      },
      {
        name,
        type: 'line',
        stack: name,
        data: points.map((p, i) => {
          const l = at(p, i, lo);
          const h = at(p, i, hi);
          return l === null || h === null ? null : h - l;
        }),
        lineStyle: { opacity: 0 },
        areaStyle: { color: colour, opacity: 1 },
        itemStyle: { color: colour },
        symbol: 'none',
      },
    ];
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    const scale = unit === 'pounds' ? 1_000_000 : 1;
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Arial, sans-serif', color: '#0b0c0c' },
      legend: {
        top: 0,
        left: 0,
        data: [
          ...(lastRecorded >= 0 ? ['Recorded'] : []),
          'Forecast (median)',
          '80% range (P10–P90)',
          '90% range (P5–P95)',
        ],
        textStyle: { fontSize: 14 },
      },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { color: '#0b0c0c' } },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: {
          color: '#0b0c0c',
          formatter: (v: number) => (unit === 'pounds' ? `£${(v / scale).toFixed(0)}m` : String(v)),
        },
      },
      series: [
        ...band(
          '90% range (P5–P95)',
          (f) => f.p5,
          (f) => f.p95,
          '#d2e2f1',
        ),
        ...band(
          '80% range (P10–P90)',
          (f) => f.p10,
          (f) => f.p90,
          '#9fc2e3',
        ),
        {
          name: 'Recorded',
          type: 'line',
          data: points.map((p) => p.recorded ?? null),
          lineStyle: { width: 3, color: '#0b0c0c' },
          itemStyle: { color: '#0b0c0c' },
          symbol: 'circle',
          symbolSize: 8,
        },
        {
          name: 'Forecast (median)',
          type: 'line',
          data: points.map((p, i) => at(p, i, (f) => f.p50)),
          lineStyle: { width: 3, type: 'dashed', color: '#1d70b8' },
          itemStyle: { color: '#1d70b8' },
          symbol: 'rect',
          symbolSize: 8,
        },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [points, unit]);
  return <div className="chart" ref={box} role="img" aria-label={description} />;
}
