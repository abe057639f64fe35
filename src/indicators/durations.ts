import { CATEGORY_LABELS } from '../care/index.ts';
import type { ChildTimeline, PeriodOfCare, PlacementCategory } from '../care/timeline-types.ts';
import type { EpochDay } from '../dates/index.ts';
import { median } from './cell-tally.ts';
import type { Indicator, IndicatorCell } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { kaplanMeier, type Spell } from './kaplan-meier.ts';
import { isShortBreak } from './looked-after.ts';
import { isCountedPlacement, startsInYear } from './placement-facts.ts';
import { type YearFacts, yearFactsOf } from './year-facts.ts';

/** A spell with the child it belongs to and what to group it by. */
interface ChildSpell extends Spell {
  childId: string;
  category?: PlacementCategory;
}

/**
 * Days from `start` to `end` when the end was seen; otherwise censored at the day after the last day the
 * spell was seen open (`lastSeen`: the data's last day, or a lost-to-follow-up period's last day).
 */
function spellOf(start: EpochDay, end: EpochDay | null, ended: boolean, lastSeen: EpochDay): Spell {
  return ended && end !== null
    ? { duration: end - start, ended: true }
    : { duration: (end ?? lastSeen) + 1 - start, ended: false };
}

/** Placements (stays with one carer) that started in the year, followed to the end of the data. */
function placementSpells(facts: YearFacts): ChildSpell[] {
  const spells: ChildSpell[] = [];
  for (const { placementsStarted } of facts.children) {
    for (const { timeline, period, placement, index } of placementsStarted) {
      if (!isCountedPlacement(placement)) continue;
      // The last stay of a lost-to-follow-up period ended only because the data stopped.
      const lost = period.lostToFollowUp && index === period.placements.length - 1;
      const spell = spellOf(placement.start, placement.end, !lost, timeline.observedUntil) as ChildSpell;
      spell.childId = timeline.childId;
      spell.category = placement.category;
      spells.push(spell);
    }
  }
  return spells;
}

function isShortBreakPeriod(period: PeriodOfCare): boolean {
  return period.episodes.every(isShortBreak);
}

/** Periods of care that started in the year (not short-break-only), followed to the end of the data. */
function periodSpells(timelines: readonly ChildTimeline[], year: number): ChildSpell[] {
  const spells: ChildSpell[] = [];
  for (const timeline of timelines) {
    for (const period of timeline.periods) {
      if (!startsInYear(period.start, year) || period.start > timeline.observedUntil) continue;
      if (isShortBreakPeriod(period)) continue;
      const spell = spellOf(
        period.start,
        period.end,
        !period.lostToFollowUp,
        timeline.observedUntil,
      ) as ChildSpell;
      spell.childId = timeline.childId;
      spells.push(spell);
    }
  }
  return spells;
}

function kaplanMeierCell(key: Record<string, string>, spells: readonly ChildSpell[]): IndicatorCell {
  const km = kaplanMeier(spells);
  const cell: IndicatorCell = {
    key,
    value: km.median,
    numerator: km.events,
    denominator: km.spells,
    childIds: [...new Set(spells.map((s) => s.childId))],
  };
  if (km.medianUnknownReason) cell.unknownReason = km.medianUnknownReason;
  return cell;
}

function completedCell(key: Record<string, string>, spells: readonly ChildSpell[]): IndicatorCell {
  const ended = spells.filter((s) => s.ended);
  const cell: IndicatorCell = {
    key,
    value: median(ended.map((s) => s.duration)),
    denominator: ended.length,
    childIds: [...new Set(ended.map((s) => s.childId))],
  };
  if (ended.length === 0) cell.unknownReason = 'no spell has ended yet';
  return cell;
}

/** Categories a placement can have (temporary-only stays are not counted). */
const CATEGORIES = (Object.keys(CATEGORY_LABELS) as PlacementCategory[]).filter((c) => c !== 'temporary');

function byCategory(
  spells: readonly ChildSpell[],
  cellOf: (key: Record<string, string>, spells: readonly ChildSpell[]) => IndicatorCell,
): IndicatorCell[] {
  const groups = new Map<PlacementCategory, ChildSpell[]>();
  for (const spell of spells) {
    if (spell.category === undefined) continue;
    const group = groups.get(spell.category);
    if (group) group.push(spell);
    else groups.set(spell.category, [spell]);
  }
  return [
    cellOf({}, spells),
    ...CATEGORIES.map((category) => cellOf({ category }, groups.get(category) ?? [])),
  ];
}

const FOLLOW_UP =
  'followed to the last day of the data loaded (so an earlier year’s figure firms up as later returns ' +
  'arrive)';

const PLACEMENT_SPELLS =
  'Placements (a stay with one carer: a change of legal status, or a temporary spell away, does not end ' +
  'it) that started during the year, not short-break or temporary-only stays, by placement category, ' +
  FOLLOW_UP;

const PERIOD_SPELLS =
  'Periods of care (from starting to be looked after to leaving care) that began during the year, not ' +
  'periods made only of short breaks (V3/V4), ' +
  FOLLOW_UP;

const KM_METHOD =
  'The median in days is estimated by Kaplan–Meier: a placement still open counts as lasting at least as ' +
  'long as it has so far (censored at the day after the last day observed), rather than being left out. ' +
  'It is the first duration at which the estimated share still open falls to one half or below; when ' +
  'fewer than half have ended it cannot be known yet and is shown as unknown. The base is the number of ' +
  'spells (all at risk at the start) and the numerator the number that ended.';

const COMPLETED_METHOD =
  'The plain median in days of those that have ended, for comparison: it leaves out spells still open, ' +
  'so it understates typical length, most of all for settings where children stay long.';

/**
 * Durations: length of placement by category and of period of care, for those that started in the year,
 * as Kaplan–Meier medians (open spells censored) beside the plain median of completed spells.
 *
 * ### Example
 * ```ts
 * durationsIndicators(input).find((i) => i.id === 'durations.placement-length')?.cells[0]?.value // 61
 * ```
 */
export function durationsIndicators(input: IndicatorInput): Indicator[] {
  const { timelines, collectionYear: year } = input;
  const placements = placementSpells(yearFactsOf(input));
  const periods = periodSpells(timelines, year);
  const base = { theme: 'durations' as const, unit: 'days' as const, collectionYear: year };
  const labels = { category: CATEGORY_LABELS };
  return [
    {
      ...base,
      id: 'durations.placement-length',
      title: 'Length of placement by category (median days, Kaplan–Meier)',
      definition: `${PLACEMENT_SPELLS}. ${KM_METHOD}`,
      dimensions: ['category'],
      labels,
      cells: byCategory(placements, kaplanMeierCell),
    },
    {
      ...base,
      id: 'durations.placement-length-completed',
      title: 'Length of completed placements by category (median days)',
      definition: `${PLACEMENT_SPELLS}. ${COMPLETED_METHOD}`,
      dimensions: ['category'],
      labels,
      cells: byCategory(placements, completedCell),
    },
    {
      ...base,
      id: 'durations.period-of-care-length',
      title: 'Length of period of care (median days, Kaplan–Meier)',
      definition: `${PERIOD_SPELLS}. ${KM_METHOD}`,
      dimensions: [],
      cells: [kaplanMeierCell({}, periods)],
    },
    {
      ...base,
      id: 'durations.period-of-care-length-completed',
      title: 'Length of completed periods of care (median days)',
      definition: `${PERIOD_SPELLS}. ${COMPLETED_METHOD}`,
      dimensions: [],
      cells: [completedCell({}, periods)],
    },
  ];
}
