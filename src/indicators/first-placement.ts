import { AGE_BANDS, type AgeBand, ageBandOn } from '../care/index.ts';
import type { ChildTimeline } from '../care/timeline-types.ts';
import type { EpochDay } from '../dates/index.ts';
import { median, round1, type Tallied, tallyCells } from './cell-tally.ts';
import type { Indicator, IndicatorCell } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { isShortBreak } from './looked-after.ts';
import { startsInYear } from './placement-facts.ts';

/** The settings whose first entry councils report (the 4 coarse groups of the demand models, less other). */
export type FirstSetting = 'residential' | 'fostering' | 'supported';

export const FIRST_SETTINGS: readonly FirstSetting[] = ['residential', 'fostering', 'supported'];

/** Placement codes of each setting: children's homes (secure and not), any fostering, supported. */
const SETTING_CODES: Record<FirstSetting, ReadonlySet<string>> = {
  residential: new Set(['K1', 'K2']),
  fostering: new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']),
  supported: new Set(['K3', 'H5', 'P2']),
};

const SETTING_LABELS: Record<FirstSetting, string> = {
  residential: "Children's home (K1, K2)",
  fostering: 'Fostering (U1–U6)',
  supported: 'Supported accommodation (K3, H5, P2)',
};

/**
 * The first day a child was placed in each setting, over all the data loaded (not short breaks). A
 * change of code with the same carer (e.g. U6 → U4) is not a new entry; the earliest episode counts.
 *
 * ### Example
 * ```ts
 * firstEntries(timeline).get('residential') // 19876 (the day of the first K1/K2 episode)
 * ```
 */
export function firstEntries(timeline: ChildTimeline): Map<FirstSetting, EpochDay> {
  const first = new Map<FirstSetting, EpochDay>();
  for (const period of timeline.periods) {
    for (const episode of period.episodes) {
      if (episode.placementType === null || isShortBreak(episode) || episode.start > timeline.observedUntil) {
        continue;
      }
      for (const setting of FIRST_SETTINGS) {
        if (!first.has(setting) && SETTING_CODES[setting].has(episode.placementType)) {
          first.set(setting, episode.start);
        }
      }
    }
  }
  return first;
}

interface Entry {
  childId: string;
  setting: FirstSetting;
  ageBand: AgeBand;
  /** Exact age in years (days / 365.25). */
  age: number;
}

/** First entries do not depend on the year: worked out once per timeline for every year of a trend. */
const entriesOf = new WeakMap<ChildTimeline, ReadonlyMap<FirstSetting, EpochDay>>();

function firstEntriesOnce(timeline: ChildTimeline): ReadonlyMap<FirstSetting, EpochDay> {
  let first = entriesOf.get(timeline);
  if (!first) {
    first = firstEntries(timeline);
    entriesOf.set(timeline, first);
  }
  return first;
}

function entriesInYear(timelines: readonly ChildTimeline[], year: number): Entry[] {
  const entries: Entry[] = [];
  for (const timeline of timelines) {
    for (const [setting, day] of firstEntriesOnce(timeline)) {
      if (!startsInYear(day, year)) continue;
      const ageBand = ageBandOn(timeline.dob, day);
      entries.push({ childId: timeline.childId, setting, ageBand, age: (day - timeline.dob) / 365.25 });
    }
  }
  return entries;
}

const COHORT =
  'Children whose first placement in a setting — a children’s home (K1 secure or K2), any fostering ' +
  '(U1–U6), or supported accommodation (K3, or H5/P2 before 2025/26) — began during the year, first over ' +
  'all the returns loaded (a child placed there before the earliest loaded return may be counted as a ' +
  'first entry). Short breaks (V3/V4) are not entries. Temporary spells (T0–T4) are not a setting. A ' +
  'child can enter more than one setting in a year, so settings are not added together';

/**
 * Age at first placement by setting: age bands of the children first placed in a children's home, in
 * fostering or in supported accommodation during the year, and their median age.
 *
 * ### Example
 * ```ts
 * firstPlacementIndicators(input)[1]?.cells.find((c) => c.key.setting === 'residential')?.value // 14.2
 * ```
 */
export function firstPlacementIndicators({ timelines, collectionYear: year }: IndicatorInput): Indicator[] {
  const entries = entriesInYear(timelines, year);
  const items: Tallied[] = entries.map((e) => ({
    childId: e.childId,
    key: { setting: e.setting, ageBand: e.ageBand },
  }));
  const keys = FIRST_SETTINGS.flatMap((setting) => [
    { setting },
    ...AGE_BANDS.map((ageBand) => ({ setting, ageBand })),
  ]);
  const ages: IndicatorCell[] = FIRST_SETTINGS.map((setting) => {
    const ofSetting = entries.filter((e) => e.setting === setting);
    const middle = median(ofSetting.map((e) => e.age));
    const cell: IndicatorCell = {
      key: { setting },
      value: middle === null ? null : round1(middle),
      denominator: ofSetting.length,
      childIds: ofSetting.map((e) => e.childId),
    };
    if (middle === null) cell.unknownReason = 'no child first placed in this setting during the year';
    return cell;
  });
  const base = { theme: 'first-placement' as const, collectionYear: year };
  return [
    {
      ...base,
      id: 'first-placement.age-band',
      title: 'Age at first placement by setting',
      definition: `${COHORT}. Counted by age band on the day of that first placement.`,
      unit: 'children',
      dimensions: ['setting', 'ageBand'],
      labels: { setting: SETTING_LABELS },
      cells: tallyCells(items, keys, true),
    },
    {
      ...base,
      id: 'first-placement.median-age',
      title: 'Median age at first placement by setting',
      definition: `${COHORT}. The median of their exact ages in years (days since birth ÷ 365.25) on that day.`,
      unit: 'years',
      dimensions: ['setting'],
      labels: { setting: SETTING_LABELS },
      cells: ages,
    },
  ];
}
