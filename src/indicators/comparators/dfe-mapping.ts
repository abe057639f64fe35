import type { Statistic } from './comparator-figure.ts';

/**
 * Which of DfE's published figures share a definition with one of our indicators. Keys are DfE's
 * table grouping (`cla_group`, or `characteristic` in the 2025 layout) and category (`characteristic`, or
 * `breakdown`), compared without case or extra spaces. Figures not listed are stored but not mapped.
 */
interface Group {
  /** Our count indicator (DfE's `number`) and, where we have one, our share indicator (DfE's `percentage`). */
  number: string;
  percentage?: string;
  cells: Record<string, Record<string, string>>;
  /** The share indicator's cell when it differs (a share "over 20 miles" is that indicator's headline). */
  percentageCell?: Record<string, string>;
}

const AT_31_MARCH: Record<string, Group> = {
  'age group': {
    number: 'profile.age-band-at-31-march',
    percentage: 'profile.age-band-share-at-31-march',
    cells: {
      total: {},
      'under 1 year': { ageBand: '<1' },
      '1 to 4 years': { ageBand: '1-4' },
      '5 to 9 years': { ageBand: '5-9' },
      '10 to 15 years': { ageBand: '10-15' },
      '16 years and over': { ageBand: '16-17' },
    },
  },
  gender: {
    number: 'profile.sex-at-31-march',
    percentage: 'profile.sex-share-at-31-march',
    cells: { total: {}, male: { sex: 'M' }, female: { sex: 'F' } },
  },
  'category of need': {
    number: 'profile.category-of-need-at-31-march',
    percentage: 'profile.category-of-need-share-at-31-march',
    cells: {
      total: {},
      'abuse or neglect': { categoryOfNeed: 'N1' },
      "child's disability": { categoryOfNeed: 'N2' },
      'parental illness or disability': { categoryOfNeed: 'N3' },
      'family in acute stress': { categoryOfNeed: 'N4' },
      'family dysfunction': { categoryOfNeed: 'N5' },
      'socially unacceptable behaviour': { categoryOfNeed: 'N6' },
      'low income': { categoryOfNeed: 'N7' },
      'absent parenting': { categoryOfNeed: 'N8' },
    },
  },
  'unaccompanied asylum-seeking children': {
    number: 'uasc.looked-after-at-31-march',
    cells: {
      total: {},
      'unaccompanied asylum-seeking children': { uasc: 'uasc' },
      'non-unaccompanied asylum-seeking children': { uasc: 'not-uasc' },
    },
  },
  'distance between home and placement': {
    number: 'location.distance-at-31-march',
    percentage: 'location.over-20-miles-share-at-31-march',
    percentageCell: {},
    cells: {
      'placed more than 20 miles from home': { distance: 'over-20' },
      'over 20 miles': { distance: 'over-20' },
    },
  },
  'locality of placement': {
    number: 'location.area-at-31-march',
    percentage: 'location.outside-area-share-at-31-march',
    percentageCell: {},
    cells: {
      'placed outside the local authority boundary': { area: 'outside' },
      'outside la boundary': { area: 'outside' },
    },
  },
  total: {
    number: 'population.looked-after-at-31-march',
    cells: { total: {}, 'total children': {}, 'children looked after at 31 march': {} },
  },
};

/**
 * Our indicator and cell for a DfE figure, if the definitions match: a number maps to our count indicator,
 * a percentage to our share indicator (a share's cell keeps only its category: our shares are of the whole).
 */
export function indicatorForDfe(
  measure: string,
  characteristic: string,
  statistic: Statistic,
): { indicatorId: string; cell: Record<string, string> } | undefined {
  const group = AT_31_MARCH[normalise(measure)];
  const cell = group?.cells[normalise(characteristic)];
  const indicatorId =
    statistic === 'percentage' ? group?.percentage : statistic === 'number' ? group?.number : undefined;
  if (!group || !cell || !indicatorId) return undefined;
  if (statistic !== 'percentage') return { indicatorId, cell: { ...cell } };
  if (group.percentageCell) return { indicatorId, cell: { ...group.percentageCell } };
  // Profile shares hold one cell per category and none for the whole (100%): DfE's "Total 100" maps nowhere.
  return Object.keys(cell).length === 0 ? undefined : { indicatorId, cell: { ...cell } };
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[’`]/g, "'");
}
