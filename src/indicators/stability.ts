import type { ChildTimeline, Placement } from '../care/timeline-types.ts';
import { addMonths, addYears, type CollectionYear, censusDate, type EpochDay } from '../dates/index.ts';
import { codeLabel } from '../ssda903/index.ts';
import { percentCell, type Tallied, tableKeys, tallyCells } from './cell-tally.ts';
import type { Indicator } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { codeOn, isCountedPlacement, startsInYear } from './placement-facts.ts';
import { isAdoptionWithCurrentCarer, placementsInYear } from './placements-in-year.ts';
import { type CensusFacts, type YearFacts, yearFactsOf } from './year-facts.ts';

export { placementsInYear };

/** REASON_PLACE_CHANGE codes, in the order the 903 guide lists them. */
export const MOVE_REASONS = [
  'CARPL',
  'CLOSE',
  'ALLEG',
  'STAND',
  'APPRR',
  'CREQB',
  'CREQO',
  'CHILD',
  'LAREQ',
  'PLACE',
  'CUSTOD',
  'OTHER',
] as const;

/**
 * Moves that end a placement nobody planned to end: the carer asked (CREQB, CREQO), the child asked
 * (CHILD), an allegation or standards concern (ALLEG, STAND), approval removed (APPRR), or the provider
 * closed (CLOSE). Our definition (DfE publishes none): care-plan, council, status-only, custody and other
 * moves are left out.
 */
export const UNPLANNED_MOVE_REASONS: ReadonlySet<string> = new Set([
  'CREQB',
  'CREQO',
  'ALLEG',
  'STAND',
  'APPRR',
  'CLOSE',
  'CHILD',
]);

const NOT_RECORDED = 'not-recorded';

/** England figures (sector.md, DfE 2024): % with 3+ placements; % of long-term under-16s stable. */
const ENGLAND_THREE_PLUS: Readonly<Record<number, number>> = { 2024: 10 };
const ENGLAND_LONG_TERM: Readonly<Record<number, number>> = { 2024: 68 };

/** A move in the year: a placement after the first of its period, starting in the year. */
export interface Move {
  childId: string;
  placement: Placement;
  /** REASON_PLACE_CHANGE, or null when not recorded. */
  reason: string | null;
}

/** Every move (change of placement) that started in the year, on the same rules as `placementsInYear`. */
export function movesInYear(timelines: readonly ChildTimeline[], year: CollectionYear): Move[] {
  const moves: Move[] = [];
  for (const timeline of timelines) {
    for (const period of timeline.periods) {
      period.placements.forEach((placement, i) => {
        if (i === 0 || !startsInYear(placement.start, year) || placement.start > timeline.observedUntil)
          return;
        if (!isCountedPlacement(placement)) return;
        if (isAdoptionWithCurrentCarer(placement, period.placements[i - 1])) return;
        moves.push({ childId: timeline.childId, placement, reason: placement.reasonForMove });
      });
    }
  }
  return moves;
}

/** `movesInYear` from the year's shared facts (the placements started in the year, in the same order). */
function movesOf(facts: YearFacts): Move[] {
  const moves: Move[] = [];
  for (const { placementsStarted } of facts.children) {
    for (const { timeline, period, placement, index } of placementsStarted) {
      if (index === 0 || !isCountedPlacement(placement)) continue;
      if (isAdoptionWithCurrentCarer(placement, period.placements[index - 1])) continue;
      moves.push({ childId: timeline.childId, placement, reason: placement.reasonForMove });
    }
  }
  return moves;
}

/**
 * Under 16 at 31 March and looked after continuously for 2½ years or more; `stable` when in the same
 * placement for 2+ years, or placed for adoption where the adoptive placement and the one before it
 * together last 2+ years (DfE, former NI 63).
 */
function longTermStatus(census: CensusFacts, span: LongTermSpan): 'stable' | 'unstable' | null {
  const { day, twoAndAHalfYearsAgo, twoYearsAgo } = span;
  const { period, placement } = census;
  if (census.age >= 16 || !placement || period.start > twoAndAHalfYearsAgo) return null;
  if (placement.start <= twoYearsAgo) return 'stable';
  const code = codeOn(placement, day);
  if (code !== null && /^A[3-6]$/.test(code)) {
    const previous = period.placements[period.placements.indexOf(placement) - 1];
    if (previous && previous.end === placement.start && previous.start <= twoYearsAgo) return 'stable';
  }
  return 'unstable';
}

function reasonLabels(codes: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = { [NOT_RECORDED]: 'Reason not recorded' };
  for (const code of codes) labels[code] = codeLabel('reasonPlaceChange', code) ?? code;
  return labels;
}

/**
 * Stability: placements in the year for children looked after at 31 March (1, 2, 3+) and the share with
 * 3+; long-term stability of under-16s; moves in the year by reason; unplanned endings.
 *
 * ### Example
 * ```ts
 * stabilityIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 })[1]?.cells[0]?.value // 9.8
 * ```
 */
export function stabilityIndicators(input: IndicatorInput): Indicator[] {
  const facts = yearFactsOf(input);
  return [...placementCountIndicators(facts), longTermIndicator(facts), ...moveIndicators(facts)];
}

function placementCountIndicators(facts: YearFacts): Indicator[] {
  const year = facts.collectionYear;
  const items: Tallied[] = [];
  for (const { timeline, census } of facts.atCensus) {
    const n = census.placementsInYear;
    items.push({ childId: timeline.childId, key: { placements: n >= 3 ? '3+' : n === 2 ? '2' : '1' } });
  }
  const bands = ['1', '2', '3+'];
  const cells = tallyCells(items, tableKeys({ placements: bands }), true);
  const threePlus = cells.find((c) => c.key.placements === '3+');
  const base = {
    theme: 'stability' as const,
    collectionYear: year,
  };
  return [
    {
      ...base,
      id: 'stability.placements-in-year',
      title: 'Children looked after at 31 March by number of placements in the year',
      definition: PLACEMENTS_IN_YEAR_DEFINITION,
      unit: 'children',
      dimensions: ['placements'],
      labels: { placements: { '1': '1 placement', '2': '2 placements', '3+': '3 or more placements' } },
      cells,
    },
    {
      ...base,
      id: 'stability.three-or-more-placements',
      title: 'Children looked after at 31 March with 3 or more placements in the year',
      definition: PLACEMENTS_IN_YEAR_DEFINITION,
      unit: 'percent',
      dimensions: [],
      cells: [percentCell({}, threePlus?.value ?? 0, items.length, threePlus?.childIds ?? [])],
      england: ENGLAND_THREE_PLUS[year] ?? null,
    },
  ];
}

const PLACEMENTS_IN_YEAR_DEFINITION =
  'Children looked after at 31 March (not on a series of short breaks, V3/V4), by the number of ' +
  'placements they had during the year (1 April to 31 March), DfE’s placement-stability measure (formerly ' +
  'NI 62). Every placement open at any time in the year counts, including the one a child was in on 1 April ' +
  'and placements in an earlier period of care that year. A move is a change of carer (a new episode with ' +
  'reason P or T); a change of legal status or of placement code with the same carer (L, U, B) is not. Not ' +
  'counted: temporary spells (T0–T4, which belong to the home the child returns to), short-break stays, and ' +
  'a placement for adoption with the current foster carer (A3/A5) straight after that foster placement.';

/** 31 March and the days 2½ and 2 years before it (worked out once per year, not per child). */
interface LongTermSpan {
  day: EpochDay;
  twoAndAHalfYearsAgo: EpochDay;
  twoYearsAgo: EpochDay;
}

function longTermIndicator(facts: YearFacts): Indicator {
  const year = facts.collectionYear;
  const day = censusDate(year);
  const span = { day, twoAndAHalfYearsAgo: addMonths(day, -30), twoYearsAgo: addYears(day, -2) };
  const stable: string[] = [];
  let base = 0;
  for (const { timeline, census } of facts.atCensus) {
    const status = longTermStatus(census, span);
    if (status === null) continue;
    base++;
    if (status === 'stable') stable.push(timeline.childId);
  }
  return {
    id: 'stability.long-term',
    theme: 'stability',
    title: 'Long-term placement stability of children under 16',
    definition:
      'Of children under 16 at 31 March who had been looked after continuously for at least 2½ years ' +
      '(not on short breaks at 31 March), the percentage who had lived in the same placement for at least ' +
      '2 years, or who were placed for adoption and whose adoptive placement and the placement before it ' +
      'together had lasted at least 2 years (DfE long-term stability measure, formerly NI 63). A temporary ' +
      'spell away (T0–T4) does not break a placement; a change of carer does.',
    unit: 'percent',
    collectionYear: year,
    dimensions: [],
    cells: [percentCell({}, stable.length, base, stable)],
    england: ENGLAND_LONG_TERM[year] ?? null,
  };
}

function moveIndicators(facts: YearFacts): Indicator[] {
  const year = facts.collectionYear;
  const moves = movesOf(facts);
  const codes = [...MOVE_REASONS, ...extraCodes(moves)];
  const items = moves.map((m) => ({ childId: m.childId, key: { reason: m.reason ?? NOT_RECORDED } }));
  const notRecorded = items.filter((i) => i.key.reason === NOT_RECORDED).length;
  const unplannedCodes = MOVE_REASONS.filter((c) => UNPLANNED_MOVE_REASONS.has(c));
  const unplanned = items.filter((i) => UNPLANNED_MOVE_REASONS.has(i.key.reason));
  const recorded = items.length - notRecorded;
  const byReason: Indicator = {
    id: 'stability.moves-by-reason',
    theme: 'stability',
    title: 'Placement moves in the year by reason',
    definition:
      'Changes of placement (a new carer: episodes with reason P or T, on the same rules as the placement ' +
      'count) that started during the year, for any child looked after in the year, by the reason recorded ' +
      'for the change (REASON_PLACE_CHANGE). A move is counted each time it happens; the children behind ' +
      'each count are listed once.',
    unit: 'placements',
    collectionYear: year,
    dimensions: ['reason'],
    labels: { reason: reasonLabels(codes) },
    cells: tallyCells(items, tableKeys({ reason: [...codes, NOT_RECORDED] }), false),
  };
  if (notRecorded > 0) byReason.unknown = { count: notRecorded, reason: 'no reason for the move recorded' };
  const unplannedIndicator: Indicator = {
    id: 'stability.unplanned-endings',
    theme: 'stability',
    title: 'Unplanned placement endings in the year',
    definition: UNPLANNED_DEFINITION,
    unit: 'placements',
    collectionYear: year,
    dimensions: ['reason'],
    labels: { reason: reasonLabels(unplannedCodes) },
    cells: tallyCells(unplanned, tableKeys({ reason: unplannedCodes }), false),
  };
  const share: Indicator = {
    id: 'stability.unplanned-endings-share',
    theme: 'stability',
    title: 'Unplanned endings as a share of moves with a recorded reason',
    definition: `${UNPLANNED_DEFINITION} As a percentage of all moves in the year whose reason was recorded.`,
    unit: 'percent',
    collectionYear: year,
    dimensions: [],
    cells: [percentCell({}, unplanned.length, recorded, [...new Set(unplanned.map((i) => i.childId))])],
  };
  if (notRecorded > 0) share.unknown = { count: notRecorded, reason: 'moves with no reason recorded' };
  return [byReason, unplannedIndicator, share];
}

const UNPLANNED_DEFINITION =
  'Moves in the year (as in "placement moves by reason") whose recorded reason shows the placement ended ' +
  'unplanned: the carer asked for it to end because of the child’s behaviour (CREQB) or for another reason ' +
  '(CREQO), the child asked (CHILD), an allegation (ALLEG) or a standards-of-care concern (STAND), the ' +
  'carer’s approval was removed (APPRR), or the provision closed or the carer resigned (CLOSE). This ' +
  'grouping is ours: DfE publishes moves by reason but no "unplanned" total.';

/** Codes seen that are not in the list (a later year's code, or a typo that passed validation). */
function extraCodes(moves: readonly Move[]): string[] {
  const known = new Set<string>(MOVE_REASONS);
  return [...new Set(moves.map((m) => m.reason).filter((r): r is string => r !== null && !known.has(r)))];
}
