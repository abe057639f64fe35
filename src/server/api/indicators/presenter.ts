import type { IndicatorChild } from '../../../app/index.ts';
import { collectionYearLabel } from '../../../dates/index.ts';
import { cellText } from '../../../indicators/comparators/index.ts';
import {
  discloseIndicator,
  discloseTrend,
  type PublicIndicator,
} from '../../../indicators/disclosure/index.ts';
import { type Indicator, type TrendPoint, withoutChildIds } from '../../../indicators/index.ts';
import type { DownloadColumn } from '../../download.ts';
import { councilRef } from '../context.ts';
import type { CellComparators } from './cell-comparators.ts';

/** `full`: the figures as computed (for the council's own users); `public`: as a published statement shows them. */
export type IndicatorView = 'full' | 'public';

/** Finds a cell's comparators (see cell-comparators.ts); none when nothing is published for it. */
export type ComparatorLookup = (
  indicator: Pick<Indicator, 'id' | 'unit' | 'collectionYear'>,
  key: Readonly<Record<string, string>>,
) => CellComparators | undefined;

/**
 * Indicators as anyone with figures:read may see them: aggregates only, never the children behind them. In
 * the public view every indicator goes through disclosure control (`c`, `k`, `z`, `x`), as a published
 * statement would show it. Cells with published comparators carry them.
 */
export function presentIndicators(
  code: string,
  collectionYear: number | null,
  years: number[],
  indicators: readonly Indicator[],
  view: IndicatorView = 'full',
  comparators: ComparatorLookup = () => undefined,
) {
  const shown: (Indicator | PublicIndicator)[] = indicators.map((i) =>
    view === 'public' ? discloseIndicator(i) : withoutChildIds(i),
  );
  return {
    council: councilRef(code),
    collectionYear,
    label: collectionYear === null ? null : collectionYearLabel(collectionYear),
    years,
    view,
    indicators: shown.map((i) => withComparators(i, comparators)),
  };
}

function withComparators<I extends Indicator | PublicIndicator>(indicator: I, lookup: ComparatorLookup): I {
  const cells = indicator.cells.map((cell) => {
    const comparators = lookup(indicator, cell.key);
    return comparators ? { ...cell, comparators } : cell;
  });
  return { ...indicator, cells };
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
    view: 'full' as const,
    points: points.map((p) => ({ ...p, label: collectionYearLabel(p.collectionYear) })),
  };
}

/**
 * One cell of an indicator over the loaded years as a published statement would show it: every year's table
 * disclosed together (`discloseTrend`), so a suppressed cell stays suppressed whichever year is read.
 */
export function presentPublicTrend(
  code: string,
  indicators: readonly Indicator[],
  cell: Record<string, string>,
) {
  const trend = discloseTrend(indicators);
  const latest = trend.years.at(-1) as PublicIndicator;
  const { cells: _cells, collectionYear: _year, ...about } = latest;
  const wanted = cellText(cell);
  return {
    council: councilRef(code),
    indicator: about,
    cell,
    view: 'public' as const,
    points: trend.years.map((year) => {
      const found = year.cells.find((c) => cellText(c.key) === wanted);
      return {
        collectionYear: year.collectionYear,
        label: collectionYearLabel(year.collectionYear),
        value: found?.value ?? null,
        display: found?.display ?? 'x',
        ...(found?.flag || !found ? { flag: found?.flag ?? ('x' as const) } : {}),
        england: year.england ?? null,
      };
    }),
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
      return {
        theme: i.theme,
        id: i.id,
        title: i.title,
        year: collectionYearLabel(i.collectionYear),
        unit: i.unit,
        cell: breakdown(i, cell.key),
        value: cell.value,
        numerator: cell.numerator ?? null,
        denominator: cell.denominator ?? null,
        england: i.england ?? null,
        unknownReason: cell.unknownReason ?? null,
      };
    }),
  );
}

/** One downloaded row per published cell: the figure as printed (`c`, `k`, `z`, `x` for those not shown). */
export interface PublicIndicatorRow {
  theme: string;
  id: string;
  title: string;
  year: string;
  unit: string;
  cell: string;
  shown: string;
  england: number | null;
}

export const PUBLIC_INDICATOR_COLUMNS: DownloadColumn<PublicIndicatorRow>[] = [
  { key: 'theme', header: 'Theme' },
  { key: 'id', header: 'Indicator id' },
  { key: 'title', header: 'Indicator' },
  { key: 'year', header: 'Year' },
  { key: 'unit', header: 'Unit' },
  { key: 'cell', header: 'Breakdown' },
  { key: 'shown', header: 'Value (c suppressed, k under 0.5, z not applicable, x not available)' },
  { key: 'england', header: 'England' },
];

/** The cells of indicators after disclosure control, as rows. */
export function publicIndicatorRows(indicators: readonly Indicator[]): PublicIndicatorRow[] {
  return indicators
    .map((i) => discloseIndicator(i))
    .flatMap((i) =>
      i.cells.map((cell) => ({
        theme: i.theme,
        id: i.id,
        title: i.title,
        year: collectionYearLabel(i.collectionYear),
        unit: i.unit,
        cell: breakdown(i, cell.key),
        shown: cell.display,
        england: i.england ?? null,
      })),
    );
}

function breakdown(i: Pick<Indicator, 'dimensions' | 'labels'>, key: Record<string, string>): string {
  const parts = i.dimensions
    .filter((d) => key[d] !== undefined)
    .map((d) => `${d}: ${i.labels?.[d]?.[key[d] as string] ?? key[d]}`);
  return parts.length ? parts.join('; ') : 'Total';
}
