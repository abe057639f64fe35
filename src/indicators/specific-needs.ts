import { CATEGORY_LABELS, placementOn } from '../care/index.ts';
import type { ChildTimeline, PlacementCategory } from '../care/timeline-types.ts';
import { ageOn, type CollectionYear, type EpochDay } from '../dates/index.ts';
import { codeLabel } from '../ssda903/index.ts';
import { type Tallied, tableKeys, tallyCells } from './cell-tally.ts';
import type { Indicator } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { isShortBreak } from './looked-after.ts';
import {
  codeOn,
  DISTANCE_BAND_LABELS,
  DISTANCE_BANDS,
  distanceBand,
  isCountedPlacement,
  periodMayTouch,
  startingCode,
  startsInYear,
  yearSpan,
} from './placement-facts.ts';
import { type YearFacts, yearFactsOf } from './year-facts.ts';

/** A setting counted by placement code, at 31 March and as placements started in the year. */
interface CodedSetting {
  name: string;
  title: string;
  description: string;
  codes: readonly string[];
  /** Only children of these ages (completed years) on the day. */
  ages?: { from: number; to: number };
}

/** The settings of issue 4 item 9, by placement code. */
export const CODED_SETTINGS: readonly CodedSetting[] = [
  {
    name: 'parent-and-child',
    title: 'Parent-and-child placements (family centre or mother-and-baby unit, R3)',
    description:
      'placed in a family centre or mother-and-baby unit (R3). Parent-and-child fostering is not visible in ' +
      'the 903 (it is recorded as fostering)',
    codes: ['R3'],
  },
  {
    name: 'placed-with-parents',
    title: 'Placed with parents (P1)',
    description: 'placed with parents or other people with parental responsibility (P1)',
    codes: ['P1'],
  },
  {
    name: 'supported-16-17',
    title: 'Supported accommodation for 16- and 17-year-olds (K3, H5, P2)',
    description:
      'aged 16 or 17 and in supported accommodation (K3), or in semi-independent accommodation (H5) or ' +
      'independent living (P2), the codes used before K3 replaced them in 2025/26',
    codes: ['K3', 'H5', 'P2'],
    ages: { from: 16, to: 17 },
  },
];

function inAgeRange(setting: CodedSetting, dob: EpochDay, on: EpochDay): boolean {
  if (!setting.ages) return true;
  const age = ageOn(dob, on);
  return age >= setting.ages.from && age <= setting.ages.to;
}

function codeLabels(codes: readonly string[]): Record<string, string> {
  return Object.fromEntries(codes.map((c) => [c, codeLabel('placementType', c) ?? c]));
}

/** A child's placement code on a day (at 31 March, or the day a placement started). */
interface CodeOnDay {
  childId: string;
  dob: EpochDay;
  code: string;
  on: EpochDay;
}

/** Codes at 31 March and of placements started in the year, found once for all the coded settings. */
function codesOfYear(facts: YearFacts) {
  const census = facts.end;
  const atCensus: CodeOnDay[] = [];
  const started: CodeOnDay[] = [];
  for (const { timeline: t, census: atDay, placementsStarted } of facts.children) {
    const placement = atDay?.placement ?? null;
    const code = placement ? codeOn(placement, census) : null;
    if (code !== null) atCensus.push({ childId: t.childId, dob: t.dob, code, on: census });
    for (const { placement: p } of placementsStarted) {
      if (!isCountedPlacement(p)) continue;
      const first = startingCode(p);
      if (first !== null) started.push({ childId: t.childId, dob: t.dob, code: first, on: p.start });
    }
  }
  return { atCensus, started };
}

function codedIndicators(
  codes: ReturnType<typeof codesOfYear>,
  year: CollectionYear,
  setting: CodedSetting,
): Indicator[] {
  const inSetting = (c: CodeOnDay) => setting.codes.includes(c.code) && inAgeRange(setting, c.dob, c.on);
  const tallied = (c: CodeOnDay): Tallied => ({ childId: c.childId, key: { placementType: c.code } });
  const atCensus = codes.atCensus.filter(inSetting).map(tallied);
  const started = codes.started.filter(inSetting).map(tallied);
  const keys = tableKeys({ placementType: setting.codes });
  const common = {
    theme: 'specific-needs' as const,
    collectionYear: year,
    dimensions: ['placementType'],
    labels: { placementType: codeLabels(setting.codes) },
  };
  return [
    {
      ...common,
      id: `specific-needs.${setting.name}-at-31-march`,
      title: `${setting.title}: children at 31 March`,
      definition:
        `Children looked after at 31 March (not on short breaks, V3/V4) who were ${setting.description}, ` +
        'by the placement code they were in that day (a child away on a temporary spell counts at their home).',
      unit: 'children',
      cells: tallyCells(atCensus, keys, true),
    },
    {
      ...common,
      id: `specific-needs.${setting.name}-started`,
      title: `${setting.title}: placements started in the year`,
      definition:
        `Placements (stays with one carer) that started during the year with a child ${setting.description}` +
        `${setting.ages ? ' on the day the placement started' : ''}, counted once per placement.`,
      unit: 'placements',
      cells: tallyCells(started, keys, false),
    },
  ];
}

function shortBreakIndicators(timelines: readonly ChildTimeline[], year: CollectionYear): Indicator[] {
  const { start, end } = yearSpan(year);
  const episodes: Tallied[] = [];
  for (const t of timelines) {
    for (const period of t.periods) {
      if (!periodMayTouch(period, start, end)) continue;
      for (const e of period.episodes) {
        // An episode ending on 1 April covered the night before: it counts, as in isLookedAfterDuring.
        const during = e.start <= end && e.start <= t.observedUntil && (e.end === null || e.end >= start);
        if (during && isShortBreak(e)) episodes.push({ childId: t.childId, key: {} });
      }
    }
  }
  const definition =
    'Children on a series of short breaks (respite: legal status V3 or V4) at any time during the year, ' +
    'and their short-break episodes (each V3/V4 episode open at any time in the year). DfE leaves these ' +
    'children out of its looked-after counts; they are shown here because overnight short breaks are ' +
    'provision the council must make sufficient (often for disabled children).';
  const base = { theme: 'specific-needs' as const, collectionYear: year, dimensions: [], definition };
  return [
    {
      ...base,
      id: 'specific-needs.short-break-children',
      title: 'Children on short breaks (V3/V4) in the year',
      unit: 'children',
      cells: tallyCells(episodes, [{}], true),
    },
    {
      ...base,
      id: 'specific-needs.short-break-episodes',
      title: 'Short-break episodes (V3/V4) in the year',
      unit: 'episodes',
      cells: tallyCells(episodes, [{}], false),
    },
  ];
}

function missingIndicators(timelines: readonly ChildTimeline[], year: CollectionYear): Indicator[] {
  const spells: Tallied[] = [];
  for (const t of timelines) {
    for (const spell of t.missing) {
      if (!startsInYear(spell.start, year) || spell.start > t.observedUntil) continue;
      const placement = placementOn(t, spell.start);
      spells.push({
        childId: t.childId,
        key: {
          category: placement?.category ?? 'unknown',
          distance: distanceBand(placement?.distanceMiles ?? null),
        },
      });
    }
  }
  const categories = Object.keys(CATEGORY_LABELS) as PlacementCategory[];
  const unknown = spells.filter((s) => s.key.distance === 'not-known').length;
  const spellIndicator: Indicator = {
    id: 'specific-needs.missing-spells',
    theme: 'specific-needs',
    title: 'Missing or away from placement without authorisation: spells in the year',
    definition:
      'Spells of being missing (M) or away without authorisation (A) from the Missing table that started ' +
      'during the year, by the category of the placement the child was in on the day the spell started ' +
      '(unknown when no placement covers that day) and by that placement’s straight-line distance from ' +
      'home (20 miles or less, more than 20 miles, or not known when a postcode is missing or not found).',
    unit: 'episodes',
    collectionYear: year,
    dimensions: ['category', 'distance'],
    labels: { category: CATEGORY_LABELS, distance: DISTANCE_BAND_LABELS },
    cells: tallyCells(spells, tableKeys({ category: categories, distance: DISTANCE_BANDS }), false),
  };
  if (unknown > 0) spellIndicator.unknown = { count: unknown, reason: 'distance not known (no postcode)' };
  return [
    {
      id: 'specific-needs.missing-children',
      theme: 'specific-needs',
      title: 'Children missing or away from placement without authorisation in the year',
      definition:
        'Children with at least one spell of being missing (M) or away without authorisation (A) from the ' +
        'Missing table that started during the year, each counted once.',
      unit: 'children',
      collectionYear: year,
      dimensions: [],
      cells: tallyCells(spells, [{}], true),
    },
    spellIndicator,
  ];
}

/**
 * Specific needs and settings: parent-and-child (R3) and placed with parents (P1); supported
 * accommodation for 16–17s (K3/H5/P2), each at 31 March and started in the year; short breaks (children
 * and episodes); missing from placement (children, and spells by placement category and distance).
 *
 * ### Example
 * ```ts
 * specificNeedsIndicators(input).find((i) => i.id === 'specific-needs.parent-and-child-at-31-march')
 * ```
 */
export function specificNeedsIndicators(input: IndicatorInput): Indicator[] {
  const { timelines, collectionYear: year } = input;
  const codes = codesOfYear(yearFactsOf(input));
  return [
    ...CODED_SETTINGS.flatMap((setting) => codedIndicators(codes, year, setting)),
    ...shortBreakIndicators(timelines, year),
    ...missingIndicators(timelines, year),
  ];
}
