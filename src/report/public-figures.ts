import type { CollectionYear } from '../dates/index.ts';
import {
  COUNCIL_DISCLOSURE,
  type DisclosureOptions,
  discloseIndicator,
  type PublicCell,
  type PublicIndicator,
} from '../indicators/disclosure/index.ts';
import type { AggregateYear } from './statement-input.ts';

/** Every indicator of every year, through disclosure control: the only figures a section may read. */
export interface PublicFigures {
  years: CollectionYear[];
  latest: CollectionYear;
  get(id: string, year?: CollectionYear): PublicIndicator | undefined;
  /** One cell of an indicator in every year, oldest first (undefined where the year lacks it). */
  trend(
    id: string,
    key?: Record<string, string>,
  ): { collectionYear: CollectionYear; cell: PublicCell | undefined }[];
  options: DisclosureOptions;
}

/**
 * Discloses each year's indicators once. Years are controlled one by one: the document publishes each
 * year's tables, not changes or sums over years, so no identity links them (see discloseTrend).
 */
export function publicFigures(
  years: readonly AggregateYear[],
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
): PublicFigures {
  const byYear = new Map<CollectionYear, Map<string, PublicIndicator>>();
  for (const year of years) {
    byYear.set(
      year.collectionYear,
      new Map(year.indicators.map((i) => [i.id, discloseIndicator(i, options)])),
    );
  }
  const sorted = [...byYear.keys()].sort((a, b) => a - b);
  const latest = sorted.at(-1) ?? 0;
  const get = (id: string, year: CollectionYear = latest) => byYear.get(year)?.get(id);
  return {
    years: sorted,
    latest,
    get,
    trend: (id, key = {}) =>
      sorted.map((collectionYear) => ({
        collectionYear,
        cell: findPublicCell(get(id, collectionYear), key),
      })),
    options,
  };
}

/** The cell with exactly this key. */
export function findPublicCell(
  indicator: PublicIndicator | undefined,
  key: Record<string, string>,
): PublicCell | undefined {
  const wanted = Object.entries(key);
  return indicator?.cells.find(
    (c) => Object.keys(c.key).length === wanted.length && wanted.every(([k, v]) => c.key[k] === v),
  );
}
