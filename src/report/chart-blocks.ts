import type { PublicIndicator } from '../indicators/disclosure/index.ts';
import { cellText } from './figure-text.ts';
import { indicatorTable, labelOf } from './indicator-blocks.ts';
import type { ChartBlock, TableBlock } from './statement-document.ts';

/** Colours with at least 3:1 contrast against white and each other's neighbours (GOV.UK palette). */
export const CHART_COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#f47738', '#505a5f', '#912b88'];

const BASE = {
  animation: false,
  color: CHART_COLOURS,
  textStyle: { fontFamily: 'Arial, Helvetica, sans-serif', fontSize: 12, color: '#0b0c0c' },
  aria: { enabled: true },
};

/** One line per series over the collection years; suppressed points are gaps. The table repeats every figure. */
export function trendChart(options: {
  title: string;
  description: string;
  years: readonly number[];
  series: { name: string; values: (number | null)[]; texts: string[] }[];
  unitHeading: string;
  /** Heading of the table's first column (what each row is). */
  rowHeading?: string;
}): ChartBlock {
  const labels = options.years.map(yearLabel);
  const table: TableBlock = {
    caption: `${options.title} (${options.unitHeading.toLowerCase()})`,
    head: [options.rowHeading ?? 'Figure', ...labels],
    rows: options.series.map((s) => ({ header: s.name, cells: s.texts })),
  };
  return {
    title: options.title,
    description: options.description,
    width: 640,
    height: 300,
    option: {
      ...BASE,
      grid: { left: 56, right: 24, top: 56, bottom: 40 },
      legend: { top: 8, data: options.series.map((s) => s.name) },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value' },
      series: options.series.map((s) => ({
        name: s.name,
        type: 'line',
        data: s.values,
        symbolSize: 7,
        label: { show: true, position: 'top', fontSize: 11 },
      })),
    },
    table,
  };
}

/**
 * A one-dimensional indicator as horizontal bars (its Total row left out of the bars), with its table.
 * Suppressed cells have no bar; the table shows their `c`.
 */
export function barChart(
  indicator: PublicIndicator,
  options: { description: string; dropZero?: boolean },
): ChartBlock {
  const dim = indicator.dimensions[0] as string;
  const cells = indicator.cells.filter(
    (c) => Object.keys(c.key).length === 1 && !(options.dropZero && c.flag === undefined && c.value === 0),
  );
  const names = cells.map((c) => labelOf(indicator, dim, c.key[dim] as string));
  const table = indicatorTable(indicator, { dropZeroRows: options.dropZero ?? false });
  return {
    title: indicator.title,
    description: options.description,
    width: 640,
    height: Math.max(160, 48 + cells.length * 28),
    option: {
      ...BASE,
      grid: { left: 200, right: 48, top: 16, bottom: 24 },
      xAxis: { type: 'value' },
      yAxis: {
        type: 'category',
        data: names,
        inverse: true,
        axisLabel: { width: 190, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: cells.map((c) => (c.flag ? null : c.value)),
          label: { show: true, position: 'right', fontSize: 11 },
          barMaxWidth: 22,
        },
      ],
    },
    table,
  };
}

/** Bars from plain rows (e.g. a forecast fan's medians), with the given texts in the table. */
export function columnsChart(options: {
  title: string;
  description: string;
  categories: string[];
  series: { name: string; values: (number | null)[]; texts: string[] }[];
  unitHeading: string;
  /** Heading of the table's first column (what each row is). */
  rowHeading?: string;
}): ChartBlock {
  return {
    title: options.title,
    description: options.description,
    width: 640,
    height: 300,
    option: {
      ...BASE,
      grid: { left: 56, right: 24, top: 56, bottom: 40 },
      legend: { top: 8, data: options.series.map((s) => s.name) },
      xAxis: { type: 'category', data: options.categories },
      yAxis: { type: 'value' },
      series: options.series.map((s) => ({
        name: s.name,
        type: 'bar',
        data: s.values,
        label: { show: true, position: 'top', fontSize: 11 },
      })),
    },
    table: {
      caption: `${options.title} (${options.unitHeading.toLowerCase()})`,
      head: [options.rowHeading ?? 'Figure', ...options.categories],
      rows: options.series.map((s) => ({ header: s.name, cells: s.texts })),
    },
  };
}

/** "2025/26" for the collection year ending in 2026. */
export function yearLabel(year: number): string {
  return `${year - 1}/${String(year % 100).padStart(2, '0')}`;
}

/** A trend series from published cells: values for the chart (null where not a number), texts for the table. */
export function seriesOf(
  name: string,
  cells: readonly ({ value: number | null; flag?: string; display: string } | undefined)[],
): { name: string; values: (number | null)[]; texts: string[] } {
  return {
    name,
    values: cells.map((c) => (c && !c.flag ? c.value : null)),
    texts: cells.map((c) => cellText(c as never)),
  };
}
