import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([EBarChart, GridComponent, TooltipComponent, SVGRenderer]);

/**
 * A horizontal bar chart of counts per answer, drawn as SVG: one image with a description; callers put the
 * same figures in a table beneath it.
 */
export function BarChart({
  labels,
  values,
  description,
}: {
  labels: string[];
  values: number[];
  description: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      color: ['#1d70b8'],
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Arial, sans-serif', color: '#0b0c0c' },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#0b0c0c' } },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { color: '#0b0c0c' } },
      series: [{ type: 'bar', data: values, label: { show: true, position: 'right', color: '#0b0c0c' } }],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [labels, values]);
  return <div className="chart" ref={box} role="img" aria-label={description} />;
}
