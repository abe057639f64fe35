import { formatUkDate } from '../dates/index.ts';
import { COUNCIL_DISCLOSURE, type DisclosureOptions } from '../indicators/disclosure/index.ts';
import { type KpiSummary, trajectoryValue } from '../plan/index.ts';
import { CHART_COLOURS } from './chart-blocks.ts';
import { publishKpiPoint } from './kpi-figure.ts';
import type { ChartBlock } from './statement-document.ts';

/**
 * A KPI's actual figures (as published: a suppressed one is a gap) against its trajectory from baseline to
 * target, on a time axis, with the same figures as a table. Null when the KPI has no actual figure yet.
 */
export function kpiChart(
  kpi: KpiSummary,
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
): ChartBlock | null {
  const actual = kpi.series.actual.filter((p) => p.value !== null);
  if (actual.length === 0) return null;
  const published = actual.map((p) => ({ date: p.date, ...publishKpiPoint(kpi, p, options) }));
  const dates = [...new Set([kpi.baseline.date, ...actual.map((p) => p.date), kpi.target.date])].sort(
    (a, b) => a - b,
  );
  const ms = (day: number) => day * 86_400_000;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    title: kpi.title,
    description: `${kpi.title}: actual figures against the trajectory from the baseline on ${formatUkDate(kpi.baseline.date)} to the target on ${formatUkDate(kpi.target.date)}.`,
    width: 640,
    height: 260,
    option: {
      animation: false,
      color: [CHART_COLOURS[0], CHART_COLOURS[5]],
      textStyle: { fontFamily: 'Arial, Helvetica, sans-serif', fontSize: 12, color: '#0b0c0c' },
      aria: { enabled: true },
      grid: { left: 56, right: 24, top: 48, bottom: 40 },
      legend: { top: 8, data: ['Actual', 'Trajectory to target'] },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true },
      series: [
        {
          name: 'Actual',
          type: 'line',
          data: published.map((p) => [ms(p.date), p.value]),
          symbolSize: 8,
          label: { show: true, position: 'top', fontSize: 11 },
        },
        {
          name: 'Trajectory to target',
          type: 'line',
          data: dates.map((d) => [ms(d), round(trajectoryValue(kpi, d))]),
          lineStyle: { type: 'dashed' },
          symbol: 'none',
        },
      ],
    },
    table: {
      caption: `${kpi.title}: actual and trajectory`,
      head: ['Date', 'Actual', 'Trajectory'],
      rows: dates.map((d) => ({
        header: formatUkDate(d),
        cells: [published.find((p) => p.date === d)?.text ?? '—', String(round(trajectoryValue(kpi, d)))],
      })),
    },
  };
}
