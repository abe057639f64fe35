/**
 * Which of DfE's published figures share a definition with one of our indicators. Keys are DfE's
 * table grouping (`cla_group`, or `characteristic` in the 2025 layout) and category (`characteristic`, or
 * `breakdown`), compared without case or extra spaces. Figures not listed are stored but not mapped.
 */
const AT_31_MARCH: Record<string, { indicatorId: string; cells: Record<string, Record<string, string>> }> = {
  'age group': {
    indicatorId: 'profile.age-band-at-31-march',
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
    indicatorId: 'profile.sex-at-31-march',
    cells: { total: {}, male: { sex: 'M' }, female: { sex: 'F' } },
  },
  'category of need': {
    indicatorId: 'profile.category-of-need-at-31-march',
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
    indicatorId: 'uasc.looked-after-at-31-march',
    cells: { 'unaccompanied asylum-seeking children': {} },
  },
  'distance between home and placement': {
    indicatorId: 'location.over-20-miles',
    cells: { 'placed more than 20 miles from home': {}, 'over 20 miles': {} },
  },
  'locality of placement': {
    indicatorId: 'location.outside-area',
    cells: { 'placed outside the local authority boundary': {}, 'outside la boundary': {} },
  },
  total: {
    indicatorId: 'population.looked-after-at-31-march',
    cells: { total: {}, 'total children': {}, 'children looked after at 31 march': {} },
  },
};

/** Our indicator and cell for a DfE figure, if the definitions match. */
export function indicatorForDfe(
  measure: string,
  characteristic: string,
): { indicatorId: string; cell: Record<string, string> } | undefined {
  const group = AT_31_MARCH[normalise(measure)];
  const cell = group?.cells[normalise(characteristic)];
  return group && cell ? { indicatorId: group.indicatorId, cell: { ...cell } } : undefined;
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[’`]/g, "'");
}
