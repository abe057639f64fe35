import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { formatFigure, valueLabel } from './figures.ts';
import type { Indicator } from './types.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

// GOV.UK palette colours, each ≥ 3:1 against white (as the trend chart).
const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#f47738', '#801650', '#28a197', '#6f72af'];

interface Bars {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

/**
 * Bars from an indicator's cells, totals left out: one dimension gives one series over its categories; two
 * give a series per category of the second, over the first's.
 */
export function barsOf(indicator: Indicator): Bars {
  const [first, second] = indicator.dimensions;
  if (!first) return { categories: [], series: [] };
  const detail = indicator.cells.filter((c) => indicator.dimensions.every((d) => c.key[d] !== undefined));
  const firstValues = [...new Set(detail.map((c) => c.key[first] as string))];
  if (!second || indicator.dimensions.length > 2) {
    const single = indicator.cells.filter(
      (c) => c.key[first] !== undefined && Object.keys(c.key).length === 1,
    );
    return {
      categories: single.map((c) => valueLabel(indicator, first, c.key[first] as string)),
      series: [{ name: indicator.title, values: single.map((c) => c.value) }],
    };
  }
  const secondValues = [...new Set(detail.map((c) => c.key[second] as string))];
  return {
    categories: firstValues.map((v) => valueLabel(indicator, first, v)),
    series: secondValues.map((s) => ({
      name: valueLabel(indicator, second, s),
      values: firstValues.map(
        (f) => detail.find((c) => c.key[first] === f && c.key[second] === s)?.value ?? null,
      ),
    })),
  };
}

/** A bar chart of a breakdown, drawn as SVG; one image with a description, the table beneath gives the figures. */
export function BreakdownChart({ indicator }: { indicator: Indicator }) {
  const box = useRef<HTMLDivElement>(null);
  const bars = useMemo(() => barsOf(indicator), [indicator]);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      color: COLOURS,
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Arial, sans-serif', color: '#0b0c0c' },
      legend: bars.series.length > 1 ? { top: 0, left: 0, textStyle: { fontSize: 14 } } : { show: false },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: bars.series.length > 1 ? 48 : 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { color: '#0b0c0c' } },
      yAxis: {
        type: 'category',
        data: bars.categories,
        inverse: true,
        axisLabel: { color: '#0b0c0c', width: 220, overflow: 'break', fontSize: 13, lineHeight: 16 },
      },
      series: bars.series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [bars]);
  const described = bars.series
    .map((s) =>
      bars.categories
        .map(
          (c, i) =>
            `${bars.series.length > 1 ? `${s.name}, ` : ''}${c}: ${formatFigure(s.values[i], indicator.unit)}`,
        )
        .join('; '),
    )
    .join('. ');
  // Room for each category's (possibly two-line) label and its bars, so labels never overlap.
  const perCategory = Math.max(40, 14 * bars.series.length + 22);
  const height = (bars.series.length > 1 ? 64 : 32) + perCategory * bars.categories.length + 32;
  return (
    <div
      className="chart"
      style={{ height }}
      ref={box}
      role="img"
      aria-label={`Bar chart: ${indicator.title}. ${described}. The table below gives every figure.`}
    />
  );
}
