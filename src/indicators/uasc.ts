import { AGE_BANDS, CATEGORY_LABELS } from '../care/index.ts';
import type { ChildTimeline, PlacementCategory } from '../care/timeline-types.ts';
import type { CollectionYear, EpochDay } from '../dates/index.ts';
import { percentCell, type Tallied, tableKeys, tallyCells } from './cell-tally.ts';
import type { Indicator, IndicatorCell } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { isShortBreak } from './looked-after.ts';
import { DISTANCE_BAND_LABELS, DISTANCE_BANDS, distanceBand, startsInYear } from './placement-facts.ts';
import { type ChildYear, yearFactsOf } from './year-facts.ts';

/**
 * Unaccompanied asylum-seeking on a day: in the UASC table with DUC (the day status ceased) blank or
 * later than the day.
 */
export function isUascOn(timeline: ChildTimeline, on: EpochDay): boolean {
  return timeline.uasc !== null && (timeline.uasc.ceased === null || timeline.uasc.ceased > on);
}

/** The day a child first started to be looked after in the year (not a short-break-only period), or null. */
export function firstStartInYear(timeline: ChildTimeline, year: CollectionYear): EpochDay | null {
  for (const period of timeline.periods) {
    if (!startsInYear(period.start, year) || period.start > timeline.observedUntil) continue;
    if (period.episodes.every(isShortBreak)) continue;
    return period.start;
  }
  return null;
}

/** England: UASC as % of children looked after at 31 March (sector.md, DfE). */
const ENGLAND_SHARE: Readonly<Record<number, number>> = { 2023: 8.7, 2024: 8.8, 2025: 8.0 };

const UASC_LABELS = { uasc: { uasc: 'UASC', 'not-uasc': 'Not UASC' } };

const UASC_ON =
  'A child is UASC on a day when they are in the UASC table and the date their UASC status ceased (DUC) ' +
  'is blank or later than that day';

const AT_CENSUS =
  'Children looked after at 31 March (not on a series of short breaks, V3/V4) who were unaccompanied ' +
  `asylum-seeking children (UASC) that day. ${UASC_ON}`;

const NO_DISTANCE = 'no home or placement postcode (not required for UASC), or a postcode not found';

/**
 * UASC: at 31 March (count and share), starters, age bands, placement mix and distance from home.
 *
 * ### Example
 * ```ts
 * uascIndicators(input).find((i) => i.id === 'uasc.share-at-31-march')?.cells[0]?.value // 12.5
 * ```
 */
export function uascIndicators(input: IndicatorInput): Indicator[] {
  const { timelines, collectionYear: year } = input;
  const facts = yearFactsOf(input).atCensus;
  const atCensus = facts.map((c) => c.timeline);
  const uascFacts = facts.filter((c) => c.census.uasc);
  const uasc = uascFacts.map((c) => c.timeline);
  const uascIds = uasc.map((t) => t.childId);
  const base = { theme: 'uasc' as const, collectionYear: year };
  const status = (t: ChildTimeline, on: EpochDay) => (isUascOn(t, on) ? 'uasc' : 'not-uasc');
  const starters: Tallied[] = [];
  for (const t of timelines) {
    const start = firstStartInYear(t, year);
    if (start !== null) starters.push({ childId: t.childId, key: { uasc: status(t, start) } });
  }
  const uascKeys = tableKeys({ uasc: ['uasc', 'not-uasc'] });
  return [
    {
      ...base,
      id: 'uasc.looked-after-at-31-march',
      title: 'Children looked after at 31 March: UASC and not',
      definition: AT_CENSUS,
      unit: 'children',
      dimensions: ['uasc'],
      labels: UASC_LABELS,
      cells: tallyCells(
        facts.map((c) => ({
          childId: c.timeline.childId,
          key: { uasc: c.census.uasc ? 'uasc' : 'not-uasc' },
        })),
        uascKeys,
        true,
      ),
    },
    {
      ...base,
      id: 'uasc.share-at-31-march',
      title: 'UASC as a share of children looked after at 31 March',
      definition: `${AT_CENSUS}, as a percentage of all children looked after at 31 March.`,
      unit: 'percent',
      dimensions: [],
      cells: [percentCell({}, uasc.length, atCensus.length, uascIds)],
      england: ENGLAND_SHARE[year] ?? null,
    },
    {
      ...base,
      id: 'uasc.started',
      title: 'Children who started to be looked after in the year: UASC and not',
      definition:
        'Children who started to be looked after during the year, each counted once at their first start ' +
        '(periods made only of short breaks, V3/V4, do not count), by whether they were UASC on the day they ' +
        `started. ${UASC_ON}.`,
      unit: 'children',
      dimensions: ['uasc'],
      labels: UASC_LABELS,
      cells: tallyCells(starters, uascKeys, true),
    },
    {
      ...base,
      id: 'uasc.age-at-31-march',
      title: 'UASC looked after at 31 March by age band',
      definition: `${AT_CENSUS}, by age band at 31 March.`,
      unit: 'children',
      dimensions: ['ageBand'],
      cells: tallyCells(
        uascFacts.map((c) => ({ childId: c.timeline.childId, key: { ageBand: c.census.ageBand } })),
        tableKeys({ ageBand: AGE_BANDS }),
        true,
      ),
    },
    {
      ...base,
      id: 'uasc.placement-mix-at-31-march',
      title: 'UASC looked after at 31 March by placement category',
      definition: `${AT_CENSUS}, by the category of the placement they were in on 31 March.`,
      unit: 'children',
      dimensions: ['category'],
      labels: { category: CATEGORY_LABELS },
      cells: tallyCells(
        uascFacts.map((c) => ({
          childId: c.timeline.childId,
          key: { category: c.census.placement?.category ?? 'unknown' },
        })),
        tableKeys({ category: Object.keys(CATEGORY_LABELS) as PlacementCategory[] }),
        true,
      ),
    },
    distanceIndicator(uascFacts, year),
  ];
}

function distanceIndicator(uasc: readonly ChildYear[], year: CollectionYear): Indicator {
  const items: Tallied[] = uasc.map(({ timeline, census }) => ({
    childId: timeline.childId,
    key: { distance: distanceBand(census?.placement?.distanceMiles ?? null) },
  }));
  const unknown = items.filter((i) => i.key.distance === 'not-known').length;
  const indicator: Indicator = {
    id: 'uasc.distance-at-31-march',
    theme: 'uasc',
    title: 'UASC looked after at 31 March by distance from home',
    definition:
      `${AT_CENSUS}, by the straight-line distance from their home postcode to their placement postcode: ` +
      '20 miles or less, more than 20 miles, or not known. Home and placement postcodes are not required for ' +
      'UASC, so for most the distance is not known; when no UASC child has a known distance the two distance ' +
      'bands are shown as unknown, never as zero.',
    unit: 'children',
    collectionYear: year,
    dimensions: ['distance'],
    labels: { distance: DISTANCE_BAND_LABELS },
    cells: unknownWhereNoneKnown(
      tallyCells(items, tableKeys({ distance: DISTANCE_BANDS }), true),
      unknown,
      items.length,
    ),
  };
  if (unknown > 0) indicator.unknown = { count: unknown, reason: NO_DISTANCE };
  return indicator;
}

/**
 * When no distance at all is known, "0 placed more than 20 miles away" would be false comfort: the known
 * bands become unknown (null) instead.
 */
export function unknownWhereNoneKnown(
  cells: IndicatorCell[],
  unknown: number,
  total: number,
): IndicatorCell[] {
  if (total === 0 || unknown < total) return cells;
  return cells.map((cell) =>
    cell.key.distance === 'up-to-20-miles' || cell.key.distance === 'over-20-miles'
      ? { key: cell.key, value: null, unknownReason: NO_DISTANCE }
      : cell,
  );
}
