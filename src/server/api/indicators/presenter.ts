import type { IndicatorChild } from '../../../app/index.ts';
import { collectionYearLabel } from '../../../dates/index.ts';
import { type Indicator, type TrendPoint, withoutChildIds } from '../../../indicators/index.ts';
import type { DownloadColumn } from '../../download.ts';
import { councilRef } from '../context.ts';

/** Indicators as anyone with figures:read may see them: aggregates only, never the children behind them. */
export function presentIndicators(
  code: string,
  collectionYear: number | null,
  years: number[],
  indicators: readonly Indicator[],
) {
  return {
    council: councilRef(code),
    collectionYear,
    label: collectionYear === null ? null : collectionYearLabel(collectionYear),
    years,
    indicators: indicators.map(withoutChildIds),
  };
}

export function presentTrend(
  code: string,
  indicator: Indicator,
  cell: Record<string, string>,
  points: TrendPoint[],
) {
  const { cells: _cells, collectionYear: _year, ...about } = withoutChildIds(indicator);
  return {
    council: councilRef(code),
    indicator: about,
    cell,
    points: points.map((p) => ({ ...p, label: collectionYearLabel(p.collectionYear) })),
  };
}

export function presentDrilldown(
  code: string,
  indicator: Indicator,
  collectionYear: number,
  cell: Record<string, string>,
  children: IndicatorChild[],
) {
  return {
    council: councilRef(code),
    indicator: { id: indicator.id, title: indicator.title },
    collectionYear,
    cell,
    children,
  };
}

/** One downloaded row per cell. */
export interface IndicatorRow {
  theme: string;
  id: string;
  title: string;
  year: string;
  unit: string;
  cell: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  england: number | null;
  unknownReason: string | null;
}

export const INDICATOR_COLUMNS: DownloadColumn<IndicatorRow>[] = [
  { key: 'theme', header: 'Theme' },
  { key: 'id', header: 'Indicator id' },
  { key: 'title', header: 'Indicator' },
  { key: 'year', header: 'Year' },
  { key: 'unit', header: 'Unit' },
  { key: 'cell', header: 'Breakdown' },
  { key: 'value', header: 'Value' },
  { key: 'numerator', header: 'Numerator' },
  { key: 'denominator', header: 'Denominator' },
  { key: 'england', header: 'England' },
  { key: 'unknownReason', header: 'Why unknown' },
];

/** The cells of indicators as rows; a cell's breakdown reads `Sex: Male; Age band: 10 to 15`, or `Total`. */
export function indicatorRows(indicators: readonly Indicator[]): IndicatorRow[] {
  return indicators.flatMap((i) =>
    i.cells.map((cell) => {
      const parts = i.dimensions
        .filter((d) => cell.key[d] !== undefined)
        .map((d) => `${d}: ${i.labels?.[d]?.[cell.key[d] as string] ?? cell.key[d]}`);
      return {
        theme: i.theme,
        id: i.id,
        title: i.title,
        year: collectionYearLabel(i.collectionYear),
        unit: i.unit,
        cell: parts.length ? parts.join('; ') : 'Total',
        value: cell.value,
        numerator: cell.numerator ?? null,
        denominator: cell.denominator ?? null,
        england: i.england ?? null,
        unknownReason: cell.unknownReason ?? null,
      };
    }),
  );
}
