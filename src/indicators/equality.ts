import type { Placement, PlacementCategory } from '../care/timeline-types.ts';
import {
  CHARACTERISTIC_CATEGORIES,
  CHARACTERISTIC_LABELS,
  CHARACTERISTIC_TITLES,
  type Characteristic,
} from './characteristics.ts';
import type { Indicator, Unit } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { type CellReducer, medianOf, percentOf, type Tabulated, tableCells } from './table-cells.ts';
import { yearFactsOf } from './year-facts.ts';

/** Children's homes, secure homes and other residential settings (school, care home, employment). */
export const RESIDENTIAL_CATEGORIES: ReadonlySet<PlacementCategory> = new Set([
  'residential-in-house',
  'residential-external',
  'secure',
  'residential-other',
]);

const CHARACTERISTICS: readonly Characteristic[] = ['sex', 'ethnicityGroup', 'ageBand', 'categoryOfNeed'];

interface Child {
  placement: Placement | null;
  placementsInYear: number;
}

interface Measure {
  id: string;
  title: string;
  unit: Unit;
  definition: string;
  /** Children whose value is unknown, left out of the base; and why. */
  unknown?: { is: (c: Child) => boolean; reason: string };
  reduce: CellReducer<Child>;
}

const BASE =
  'Of the children looked after at 31 March (not on a series of short breaks that day), by sex, ethnicity group, age ' +
  'band on 31 March and the category of need of the episode they were in on 31 March, with the total; figures to one ' +
  'decimal place with their base (and numerator, for percentages), so that small bases can be suppressed before ' +
  'publication.';

export const EQUALITY_DEFINITIONS = {
  outOfArea: `Percentage placed outside the council's area on 31 March, of the children whose placement location is known (no postcode or one not found is left out and counted as unknown). ${BASE}`,
  residential: `Percentage living in a children's home (in-house or external), a secure children's home or another residential setting (residential school, care home, residential employment) on 31 March. ${BASE}`,
  threePlus: `Percentage who had three or more placements during the year, counted as the stability indicator counts them (every placement open at any time in the year, not short breaks or temporary-only stays). ${BASE}`,
  distance: `Median straight-line distance in miles from home to the placement on 31 March, of the children whose distance is known (the base is the number of children with a known distance). ${BASE}`,
} as const;

const NO_AREA = 'no placement postcode, or postcode not in the directory';
const NO_DISTANCE = 'no home or placement postcode, or one not in the directory';

const MEASURES: readonly Measure[] = [
  {
    id: 'out-of-area',
    title: "Placed outside the council's area",
    unit: 'percent',
    definition: EQUALITY_DEFINITIONS.outOfArea,
    unknown: { is: (c) => (c.placement?.inArea ?? null) === null, reason: NO_AREA },
    reduce: percentOf((c) => c.placement?.inArea === false),
  },
  {
    id: 'residential',
    title: 'In residential care',
    unit: 'percent',
    definition: EQUALITY_DEFINITIONS.residential,
    reduce: percentOf((c) => c.placement !== null && RESIDENTIAL_CATEGORIES.has(c.placement.category)),
  },
  {
    id: 'three-plus-placements',
    title: 'Three or more placements in the year',
    unit: 'percent',
    definition: EQUALITY_DEFINITIONS.threePlus,
    reduce: percentOf((c) => c.placementsInYear >= 3),
  },
  {
    id: 'median-distance',
    title: 'Median distance from home',
    unit: 'miles',
    definition: EQUALITY_DEFINITIONS.distance,
    unknown: { is: (c) => (c.placement?.distanceMiles ?? null) === null, reason: NO_DISTANCE },
    reduce: medianOf(
      (c) => c.placement?.distanceMiles ?? null,
      'no child in this group has a known distance',
    ),
  },
];

/**
 * Equality: out-of-area placement, residential care, 3+ placements in the year and median distance from
 * home, each by sex, ethnicity group, age band and category of need, for the children looked after at
 * 31 March (one indicator per measure and characteristic, with the total).
 *
 * ### Example
 * ```ts
 * equalityIndicators(input).find((i) => i.id === 'equality.residential-by-ethnicity-group')
 * ```
 */
export function equalityIndicators(input: IndicatorInput): Indicator[] {
  const rows: Tabulated<Child>[] = yearFactsOf(input).atCensus.map(({ timeline, census }) => ({
    key: census.characteristics,
    childId: timeline.childId,
    item: { placement: census.placement, placementsInYear: census.placementsInYear },
  }));
  return MEASURES.flatMap((measure) => {
    const unknown = measure.unknown;
    const known = unknown ? rows.filter((r) => !unknown.is(r.item)) : rows;
    const unknownCount = rows.length - known.length;
    return CHARACTERISTICS.map(
      (characteristic): Indicator => ({
        id: `equality.${measure.id}-by-${kebab(characteristic)}`,
        theme: 'equality',
        title: `${measure.title}, by ${CHARACTERISTIC_TITLES[characteristic]}`,
        definition: measure.definition,
        unit: measure.unit,
        collectionYear: input.collectionYear,
        dimensions: [characteristic],
        labels: { [characteristic]: CHARACTERISTIC_LABELS[characteristic] },
        cells: tableCells(
          known,
          [characteristic],
          { [characteristic]: CHARACTERISTIC_CATEGORIES[characteristic] },
          measure.reduce,
        ),
        ...(unknown && unknownCount > 0 ? { unknown: { count: unknownCount, reason: unknown.reason } } : {}),
      }),
    );
  });
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
