import { CATEGORY_LABELS } from '../care/index.ts';
import type { Placement } from '../care/timeline-types.ts';
import type { Indicator } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { PLACEMENT_CATEGORIES } from './placement-mix.ts';
import { countOf, percentOf, type Tabulated, tableCells } from './table-cells.ts';
import { yearFactsOf } from './year-facts.ts';

/** DfE's threshold for "placed more than 20 miles from home": exactly 20 miles is within it. */
export const NEAR_MILES = 20;

export const MILES_BANDS = ['0-5', '5-10', '10-20', '20-50', '50+'] as const;
export type MilesBand = (typeof MILES_BANDS)[number];

/** The band of a distance; each band includes its upper bound (5 miles is "0–5", 20 miles "10–20"). */
export function milesBand(miles: number): MilesBand {
  if (miles <= 5) return '0-5';
  if (miles <= 10) return '5-10';
  if (miles <= 20) return '10-20';
  if (miles <= 50) return '20-50';
  return '50+';
}

const UNKNOWN = 'unknown';
const AREA_REASON =
  'no placement postcode, or postcode not in the directory (UASC and short-break children need not have one)';
const DISTANCE_REASON =
  'no home or placement postcode, or one not in the directory (UASC and short-break children need not have them)';

const LABELS = {
  area: {
    inside: "Inside the council's area",
    outside: "Outside the council's area",
    unknown: 'Location unknown',
  },
  distance: {
    'up-to-20': '20 miles or less from home',
    'over-20': 'More than 20 miles from home',
    unknown: 'Distance unknown',
  },
  distanceBand: {
    '0-5': 'Up to 5 miles',
    '5-10': 'Over 5, up to 10 miles',
    '10-20': 'Over 10, up to 20 miles',
    '20-50': 'Over 20, up to 50 miles',
    '50+': 'Over 50 miles',
    unknown: 'Distance unknown',
  },
  district: { unknown: 'Location unknown' },
  category: CATEGORY_LABELS,
};

export const LOCATION_DEFINITIONS = {
  area:
    "Children looked after at 31 March by where the placement they were in on 31 March is: inside or outside the council's " +
    'area (the ONS district of the placement postcode, against the districts of the council). A placement with no ' +
    'postcode, or one not found in the postcode directory, is counted as location unknown — never as inside or outside. ' +
    'The percentage outside is of the children whose location is known.',
  distance:
    'Children looked after at 31 March by the straight-line distance from their home postcode to the postcode of the ' +
    'placement they were in on 31 March (OS grid references from the ONS postcode directory): 20 miles or less, or more ' +
    "than 20 miles (DfE's measure), and in bands (up to 5, 10, 20, 50 miles, over 50; each band includes its upper " +
    'bound). Either postcode missing or not found makes the distance unknown, counted apart and never as zero. The ' +
    'percentage over 20 miles is of the children whose distance is known.',
  district:
    'Children looked after at 31 March by the ONS local authority district of the placement they were in on 31 March, ' +
    'for a map; placements with no postcode or one not found are location unknown.',
} as const;

interface AtCensus {
  placement: Placement | null;
}

/**
 * Location of children's placements at 31 March: inside or outside the area, within 20 miles of home or
 * further, both by placement category; the distance distribution; and counts by district for a map.
 * Unknown locations are a category of their own, never zero.
 *
 * ### Example
 * ```ts
 * locationIndicators(input).find((i) => i.id === 'location.over-20-miles-share-at-31-march')?.cells
 * ```
 */
export function locationIndicators(input: IndicatorInput): Indicator[] {
  const rows: Tabulated<AtCensus>[] = yearFactsOf(input).atCensus.map(({ timeline, census }) => ({
    key: keyOf(census.placement),
    childId: timeline.childId,
    item: { placement: census.placement },
  }));
  const unknownArea = rows.filter((r) => r.key.area === UNKNOWN).length;
  const unknownDistance = rows.filter((r) => r.key.distance === UNKNOWN).length;
  const areaUnknown = unknownArea > 0 ? { unknown: { count: unknownArea, reason: AREA_REASON } } : {};
  const distanceUnknown =
    unknownDistance > 0 ? { unknown: { count: unknownDistance, reason: DISTANCE_REASON } } : {};
  const base = { theme: 'location' as const, collectionYear: input.collectionYear, labels: LABELS };
  const districts = [...new Set(rows.map((r) => r.key.district as string))]
    .filter((d) => d !== UNKNOWN)
    .sort();
  const categories = { ...CATEGORIES, district: [...districts, UNKNOWN] };
  // tableCells reads only the dimensions it is given, so the rows keep all of theirs.
  const count = (dims: string[]) => tableCells(rows, dims, categories, countOf);
  const known = (dim: 'area' | 'distance') => rows.filter((r) => r.key[dim] !== UNKNOWN);
  return [
    {
      ...base,
      ...areaUnknown,
      id: 'location.area-at-31-march',
      title: "Children looked after at 31 March inside and outside the council's area",
      definition: LOCATION_DEFINITIONS.area,
      unit: 'children',
      dimensions: ['area'],
      cells: count(['area']),
    },
    {
      ...base,
      ...areaUnknown,
      id: 'location.area-by-category-at-31-march',
      title: "Inside and outside the council's area, by placement category",
      definition: LOCATION_DEFINITIONS.area,
      unit: 'children',
      dimensions: ['category', 'area'],
      cells: count(['category', 'area']),
    },
    {
      ...base,
      ...areaUnknown,
      id: 'location.outside-area-share-at-31-march',
      title: "Children placed outside the council's area (%), by placement category",
      definition: LOCATION_DEFINITIONS.area,
      unit: 'percent',
      dimensions: ['category'],
      cells: tableCells(
        known('area'),
        ['category'],
        CATEGORIES,
        percentOf((r: AtCensus) => r.placement?.inArea === false),
      ),
    },
    {
      ...base,
      ...distanceUnknown,
      id: 'location.distance-at-31-march',
      title: 'Children looked after at 31 March placed within 20 miles of home or further',
      definition: LOCATION_DEFINITIONS.distance,
      unit: 'children',
      dimensions: ['distance'],
      cells: count(['distance']),
    },
    {
      ...base,
      ...distanceUnknown,
      id: 'location.distance-by-category-at-31-march',
      title: 'Within 20 miles of home or further, by placement category',
      definition: LOCATION_DEFINITIONS.distance,
      unit: 'children',
      dimensions: ['category', 'distance'],
      cells: count(['category', 'distance']),
    },
    {
      ...base,
      ...distanceUnknown,
      id: 'location.over-20-miles-share-at-31-march',
      title: 'Children placed more than 20 miles from home (%), by placement category',
      definition: LOCATION_DEFINITIONS.distance,
      unit: 'percent',
      dimensions: ['category'],
      cells: tableCells(
        known('distance'),
        ['category'],
        CATEGORIES,
        percentOf((r: AtCensus) => (r.placement?.distanceMiles ?? 0) > NEAR_MILES),
      ),
    },
    {
      ...base,
      ...distanceUnknown,
      id: 'location.distance-band-at-31-march',
      title: 'Distance from home of placements at 31 March',
      definition: LOCATION_DEFINITIONS.distance,
      unit: 'children',
      dimensions: ['distanceBand'],
      cells: count(['distanceBand']),
    },
    {
      ...base,
      ...areaUnknown,
      id: 'location.district-at-31-march',
      title: 'Children looked after at 31 March by district of placement',
      definition: LOCATION_DEFINITIONS.district,
      unit: 'children',
      dimensions: ['district'],
      cells: count(['district']),
    },
  ];
}

const CATEGORIES: Record<string, readonly string[]> = {
  category: PLACEMENT_CATEGORIES,
  area: ['inside', 'outside', UNKNOWN],
  distance: ['up-to-20', 'over-20', UNKNOWN],
  distanceBand: [...MILES_BANDS, UNKNOWN],
  // Districts are those met in the data, in code order, with unknown last (see locationIndicators).
  district: [UNKNOWN],
};

function keyOf(placement: Placement | null): Record<string, string> {
  const miles = placement?.distanceMiles ?? null;
  const inArea = placement?.inArea ?? null;
  return {
    category: placement?.category ?? 'unknown',
    area: inArea === null ? UNKNOWN : inArea ? 'inside' : 'outside',
    distance: miles === null ? UNKNOWN : miles > NEAR_MILES ? 'over-20' : 'up-to-20',
    distanceBand: miles === null ? UNKNOWN : milesBand(miles),
    district: placement?.placementDistrict ?? UNKNOWN,
  };
}
