import { ageOn, type EpochDay } from '../dates/index.ts';
import { firstReturnIn, lastCessationIn, lostInYear } from './care-events.ts';
import type { Indicator } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { CEASED_REASON_GROUPS, CEASED_REASON_LABELS, ceasedReasonGroup } from './reason-group.ts';
import { countOf, type Tabulated, tableCells } from './table-cells.ts';
import { type YearFacts, yearFactsOf } from './year-facts.ts';

export const POPULATION_DEFINITIONS = {
  lookedAfter:
    'Children looked after at 31 March, as DfE counts them: in care that day (a child who leaves on 31 March is not), ' +
    'not counting children on a series of short breaks (legal status V3 or V4) that day.',
  rate:
    'Children looked after at 31 March per 10,000 children aged 0 to 17 living in the council area (the population ' +
    'set in settings), rounded to a whole number as DfE publishes it. Unknown until the population is set.',
  started:
    'Children who started to be looked after in the year (1 April to 31 March), each child once however often they ' +
    'started. A period of care starts with its first episode not on a series of short breaks (V3/V4); periods of ' +
    'short breaks only are not counted.',
  ceased:
    'Children who ceased to be looked after in the year, each child once: their last cessation in the year, grouped ' +
    'by the reason the final episode ended (REC). Returned home: E4A, E4B, E13. Adoption: E11, E12. Special ' +
    'guardianship: E45–E48 (E43, E44 in older returns). Child arrangements order: E41. Independent living: E5, E6. ' +
    'Aged 18 or staying put: E17, and E8 ("any other reason") when the young person was 18 or over. Other: every other ' +
    'reason (E2, E3, E7, E8 under 18, E9, E14, E15, E16). Periods of short breaks only are not counted; a period whose ' +
    'data stops without a recorded end (lost to follow-up) is counted as unknown, not as ceased.',
  returned:
    'Children who started a new period of care in the year having left care before (a period of care, not only short ' +
    'breaks, that had ended), each child once at their first such start in the year; split by whether they came back ' +
    'within 12 months of leaving (on or before the first anniversary of the day the previous period ended) or later. ' +
    'The total is "ever". Earlier care is seen only as far back as the returns loaded.',
} as const;

const LOST_REASON = 'period of care whose data stops without a recorded end (lost to follow-up)';
const POPULATION_REASON = 'set the 0–17 population in settings';

/**
 * Population: children looked after at 31 March, the rate per 10,000 under-18s, starts, cessations by
 * reason and returns to care (DfE definitions; see POPULATION_DEFINITIONS and docs/indicators.md).
 *
 * ### Example
 * ```ts
 * populationIndicators({ timelines, councilCode: 'E06000016', collectionYear: 2025, population0to17: 81_000 })
 * ```
 */
export function populationIndicators(input: IndicatorInput): Indicator[] {
  const facts = yearFactsOf(input);
  const { start, end } = facts;
  const atCensus = facts.atCensus.map((c) => c.timeline.childId);
  const base = { theme: 'population' as const, collectionYear: input.collectionYear };
  return [
    {
      ...base,
      id: 'population.looked-after-at-31-march',
      title: 'Children looked after at 31 March',
      definition: POPULATION_DEFINITIONS.lookedAfter,
      unit: 'children',
      dimensions: [],
      cells: [{ key: {}, value: atCensus.length, childIds: atCensus }],
    },
    rateIndicator(input, atCensus.length),
    startedIndicator(input, facts),
    ceasedIndicator(input, start, end),
    returnedIndicator(input, start, end),
  ];
}

function rateIndicator(input: IndicatorInput, lookedAfter: number): Indicator {
  const population = input.population0to17;
  const known = population !== undefined && population > 0;
  return {
    id: 'population.rate-per-10000',
    theme: 'population',
    title: 'Children looked after at 31 March per 10,000 children aged under 18',
    definition: POPULATION_DEFINITIONS.rate,
    unit: 'rate-per-10000',
    collectionYear: input.collectionYear,
    dimensions: [],
    cells: [
      known
        ? {
            key: {},
            value: Math.round((lookedAfter * 10_000) / population),
            numerator: lookedAfter,
            denominator: population,
          }
        : { key: {}, value: null, numerator: lookedAfter, unknownReason: POPULATION_REASON },
    ],
    ...(known ? {} : { unknown: { count: 1, reason: POPULATION_REASON } }),
  };
}

function startedIndicator(input: IndicatorInput, facts: YearFacts): Indicator {
  const ids = facts.children.filter((c) => c.firstStart !== null).map((c) => c.timeline.childId);
  return {
    id: 'population.started-in-year',
    theme: 'population',
    title: 'Children who started to be looked after in the year',
    definition: POPULATION_DEFINITIONS.started,
    unit: 'children',
    collectionYear: input.collectionYear,
    dimensions: [],
    cells: [{ key: {}, value: ids.length, childIds: ids }],
  };
}

function ceasedIndicator(input: IndicatorInput, start: EpochDay, end: EpochDay): Indicator {
  const rows: Tabulated<null>[] = [];
  let lost = 0;
  for (const timeline of input.timelines) {
    const ceased = lastCessationIn(timeline, start, end);
    if (ceased) {
      const group = ceasedReasonGroup(ceased.period.reasonEnded, ageOn(timeline.dob, ceased.end));
      rows.push({ key: { reasonGroup: group }, childId: timeline.childId, item: null });
    } else if (lostInYear(timeline, start, end)) lost++;
  }
  return {
    id: 'population.ceased-in-year',
    theme: 'population',
    title: 'Children who ceased to be looked after in the year, by reason',
    definition: POPULATION_DEFINITIONS.ceased,
    unit: 'children',
    collectionYear: input.collectionYear,
    dimensions: ['reasonGroup'],
    labels: { reasonGroup: CEASED_REASON_LABELS },
    cells: tableCells(rows, ['reasonGroup'], { reasonGroup: CEASED_REASON_GROUPS }, countOf),
    ...(lost > 0 ? { unknown: { count: lost, reason: LOST_REASON } } : {}),
  };
}

function returnedIndicator(input: IndicatorInput, start: EpochDay, end: EpochDay): Indicator {
  const rows: Tabulated<null>[] = [];
  for (const timeline of input.timelines) {
    const back = firstReturnIn(timeline, start, end);
    if (!back) continue;
    const sinceLeaving = back.within12Months ? 'within-12-months' : 'after-12-months';
    rows.push({ key: { sinceLeaving }, childId: timeline.childId, item: null });
  }
  return {
    id: 'population.returned-to-care',
    theme: 'population',
    title: 'Children who returned to care in the year',
    definition: POPULATION_DEFINITIONS.returned,
    unit: 'children',
    collectionYear: input.collectionYear,
    dimensions: ['sinceLeaving'],
    labels: {
      sinceLeaving: {
        'within-12-months': 'Within 12 months of leaving care',
        'after-12-months': 'More than 12 months after leaving care',
      },
    },
    cells: tableCells(
      rows,
      ['sinceLeaving'],
      { sinceLeaving: ['within-12-months', 'after-12-months'] },
      countOf,
    ),
  };
}
