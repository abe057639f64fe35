import { axisFormatter, BASE_OPTION, useEChart } from './use-echart.ts';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** A dashed line (a projection, a high forecast). */
  dashed?: boolean;
  /** Bars with the same stack key are stacked. */
  stack?: string;
}

const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'];
// Dashed lines are kept for projections and high forecasts; others differ by symbol and, after the first, dots.
const DASHES = ['solid', 'dotted'] as const;
const LABEL_COLOUR = '#0b0c0c';

const rounded = (values: (number | null)[]) =>
  values.map((v) => (v === null ? null : Math.round(v * 10) / 10));

/**
 * Lines over labelled points (years). One image with a description; the caller shows the same figures in a
 * table beneath. Lines differ by symbol and dash as well as colour.
 */
export function LineChart({
  labels,
  series,
  description,
  money = false,
}: {
  labels: string[];
  series: ChartSeries[];
  description: string;
  money?: boolean;
}) {
  const option = {
    ...BASE_OPTION,
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { color: LABEL_COLOUR } },
    yAxis: { type: 'value', axisLabel: { color: LABEL_COLOUR, formatter: axisFormatter(money) } },
    series: series.map((s, i) => ({
      type: 'line',
      name: s.name,
      data: rounded(s.values),
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: 8,
      lineStyle: { width: 3, type: s.dashed ? 'dashed' : DASHES[i % DASHES.length] },
    })),
  };
  const box = useEChart(option, JSON.stringify([labels, series, money]));
  return <div className="chart" ref={box} role="img" aria-label={description} />;
}

/**
 * Bars of a few series over categories, side by side or stacked (`stack` on the series), vertical or
 * horizontal (long category names). One image with a description; a table beneath gives the figures.
 */
export function BarChart({
  categories,
  series,
  description,
  horizontal = false,
  money = false,
}: {
  categories: string[];
  series: ChartSeries[];
  description: string;
  horizontal?: boolean;
  money?: boolean;
}) {
  const categoryAxis = {
    type: 'category',
    data: categories,
    inverse: horizontal,
    axisLabel: horizontal
      ? { color: LABEL_COLOUR, width: 200, overflow: 'break', fontSize: 13, lineHeight: 16 }
      : { color: LABEL_COLOUR, interval: 0 },
  };
  const valueAxis = { type: 'value', axisLabel: { color: LABEL_COLOUR, formatter: axisFormatter(money) } };
  const option = {
    ...BASE_OPTION,
    legend: series.length > 1 ? BASE_OPTION.legend : { show: false },
    grid: { left: 8, right: 24, top: series.length > 1 ? 56 : 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: rounded(s.values),
      ...(s.stack ? { stack: s.stack } : {}),
    })),
  };
  const box = useEChart(option, JSON.stringify([categories, series, horizontal, money]));
  // Room for each category's (possibly two-line) label and its bars, so labels never overlap.
  const bars = series.some((s) => s.stack) ? 1 : series.length;
  const height = horizontal
    ? (series.length > 1 ? 72 : 40) + Math.max(36, 14 * bars + 22) * categories.length + 32
    : undefined;
  return (
    <div
      className="chart"
      style={height ? { height } : undefined}
      ref={box}
      role="img"
      aria-label={description}
    />
  );
}

/** Min, lower quartile, median, upper quartile and max of one group. */
export interface BoxStats {
  name: string;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Box plots (min, quartiles, max) per group, horizontal, in pounds; the table beneath gives the figures. */
export function BoxChart({ boxes, description }: { boxes: BoxStats[]; description: string }) {
  const option = {
    ...BASE_OPTION,
    legend: { show: false },
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    yAxis: {
      type: 'category',
      data: boxes.map((b) => b.name),
      inverse: true,
      axisLabel: { color: LABEL_COLOUR, width: 200, overflow: 'break', fontSize: 13, lineHeight: 16 },
    },
    xAxis: { type: 'value', axisLabel: { color: LABEL_COLOUR, formatter: axisFormatter(true) } },
    series: [
      {
        type: 'boxplot',
        name: 'Weekly price',
        itemStyle: { color: '#d2e2f1', borderColor: '#1d70b8', borderWidth: 2 },
        data: boxes.map((b) => [b.min, b.q1, b.median, b.q3, b.max]),
      },
    ],
  };
  const box = useEChart(option, JSON.stringify(boxes));
  return (
    <div
      className="chart"
      style={{ height: 40 + 44 * boxes.length + 32 }}
      ref={box}
      role="img"
      aria-label={description}
    />
  );
}
