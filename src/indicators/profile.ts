import type { ChildTimeline, EpisodeSpan } from '../care/timeline-types.ts';
import type { EpochDay } from '../dates/index.ts';
import { codeDescriptions } from '../ssda903/index.ts';
import {
  CHARACTERISTIC_CATEGORIES,
  CHARACTERISTIC_LABELS,
  type Characteristic,
  characteristicsOn,
  isUascOn,
  NOT_RECORDED,
} from './characteristics.ts';
import type { Indicator } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { countOf, shareCells, type Tabulated, tableCells } from './table-cells.ts';
import { yearFactsOf } from './year-facts.ts';

/** The dimensions of the profile: the characteristics, legal status, UASC and (local data) disability. */
type ProfileDimension = Characteristic | 'legalStatus' | 'uasc' | 'disability';

const LEGAL_STATUSES = ['C1', 'C2', 'D1', 'E1', 'V2', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3'];

const CATEGORIES: Record<ProfileDimension, readonly string[]> = {
  ...CHARACTERISTIC_CATEGORIES,
  legalStatus: LEGAL_STATUSES,
  uasc: ['uasc', 'not-uasc'],
  disability: ['disabled', 'not-disabled', NOT_RECORDED],
};

const LABELS: Record<ProfileDimension, Record<string, string>> = {
  ...CHARACTERISTIC_LABELS,
  legalStatus: { ...codeDescriptions('legalStatus'), [NOT_RECORDED]: 'Not recorded' },
  uasc: {
    uasc: 'Unaccompanied asylum-seeking child',
    'not-uasc': 'Not an unaccompanied asylum-seeking child',
  },
  disability: {
    disabled: 'Disabled (local data)',
    'not-disabled': 'Not disabled (local data)',
    [NOT_RECORDED]: 'Not in the local disability data',
  },
};

/** Words in ids and titles. */
const NAMES: Record<ProfileDimension, { id: string; title: string }> = {
  ageBand: { id: 'age-band', title: 'age band' },
  sex: { id: 'sex', title: 'sex' },
  ethnicityGroup: { id: 'ethnicity-group', title: 'ethnicity group' },
  categoryOfNeed: { id: 'category-of-need', title: 'category of need' },
  legalStatus: { id: 'legal-status', title: 'legal status' },
  uasc: { id: 'uasc', title: 'unaccompanied asylum-seeking status' },
  disability: { id: 'disability', title: 'disability (local data)' },
};

export const PROFILE_DEFINITIONS = {
  atCensus:
    'Children looked after at 31 March (not on a series of short breaks that day), by their age in completed years ' +
    'on 31 March (bands under 1, 1–4, 5–9, 10–15, 16–17, 18+), sex, ethnicity group (White, Mixed, Asian, Black, ' +
    'Other including Chinese, Refused or not yet obtained — a blank or unknown code counts as not obtained), the ' +
    'category of need and legal status of the episode they were in on 31 March, and whether they were an ' +
    'unaccompanied asylum-seeking child that day (in the UASC table with the date UASC status ceased blank or after ' +
    '31 March). The 903 has no disability flag: category of need N2 is shown as "child\'s disability (category of ' +
    'need N2)", not as the number of disabled children; a disability breakdown appears only when the council supplies ' +
    'local data (children not in it are "not in the local disability data"). Shares are percentages of all children ' +
    'looked after at 31 March, to one decimal place.',
  starters:
    'Children who started to be looked after in the year, each once at their first start (the first episode of a ' +
    'period not on short breaks), by their age on the day they started, sex, ethnicity group, the category of need ' +
    'and legal status of that first episode, whether they were an unaccompanied asylum-seeking child that day, and ' +
    '(local data only) disability.',
} as const;

interface Moment {
  timeline: ChildTimeline;
  on: EpochDay;
  episode: EpisodeSpan;
  /** Already worked out (31 March, from the year's facts); otherwise found here. */
  characteristics?: Record<Characteristic, string>;
  uasc?: boolean;
}

/**
 * Profile of the children looked after at 31 March and of those who started in the year: counts by age
 * band, sex, ethnicity group, category of need, legal status, UASC (and disability from local data), and
 * shares of the 31 March total.
 *
 * ### Example
 * ```ts
 * profileIndicators(input).find((i) => i.id === 'profile.sex-at-31-march')?.cells
 * // [{ key: { sex: 'F' }, value: 260, … }, { key: { sex: 'M' }, value: 311, … }, { key: {}, value: 571, … }]
 * ```
 */
export function profileIndicators(input: IndicatorInput): Indicator[] {
  const facts = yearFactsOf(input);
  const atCensus: Moment[] = facts.atCensus.map(({ timeline, census }) => ({
    timeline,
    on: facts.end,
    episode: census.episode,
    characteristics: census.characteristics,
    uasc: census.uasc,
  }));
  const starters: Moment[] = [];
  for (const { timeline, firstStart } of facts.children) {
    if (firstStart) starters.push({ timeline, on: firstStart.start, episode: firstStart.episode });
  }
  const dimensions: ProfileDimension[] = [
    'ageBand',
    'sex',
    'ethnicityGroup',
    'categoryOfNeed',
    'legalStatus',
    'uasc',
  ];
  if (input.localDisability) dimensions.push('disability');
  const rowsAt = tabulate(atCensus, input.localDisability);
  const rowsStarters = tabulate(starters, input.localDisability);
  return [
    ...dimensions.map((dim) => profileIndicator(input, dim, 'at-31-march', rowsAt)),
    ...dimensions.map((dim) => shareIndicator(input, dim, rowsAt)),
    ...dimensions.map((dim) => profileIndicator(input, dim, 'of-starters', rowsStarters)),
  ];
}

function tabulate(
  moments: readonly Moment[],
  disability: ReadonlyMap<string, boolean> | undefined,
): Tabulated<null>[] {
  return moments.map(({ timeline, on, episode, characteristics, uasc }) => {
    const flag = disability?.get(timeline.childId);
    const c = characteristics ?? characteristicsOn(timeline, on, episode.categoryOfNeed);
    const key: Record<ProfileDimension, string> = {
      ageBand: c.ageBand,
      sex: c.sex,
      ethnicityGroup: c.ethnicityGroup,
      categoryOfNeed: c.categoryOfNeed,
      legalStatus: episode.legalStatus ?? NOT_RECORDED,
      uasc: (uasc ?? isUascOn(timeline, on)) ? 'uasc' : 'not-uasc',
      disability: flag === undefined ? NOT_RECORDED : flag ? 'disabled' : 'not-disabled',
    };
    return { key, childId: timeline.childId, item: null };
  });
}

function profileIndicator(
  input: IndicatorInput,
  dim: ProfileDimension,
  when: 'at-31-march' | 'of-starters',
  rows: readonly Tabulated<null>[],
): Indicator {
  const who =
    when === 'at-31-march' ? 'Children looked after at 31 March' : 'Children who started to be looked after';
  return {
    id: `profile.${NAMES[dim].id}-${when}`,
    theme: 'profile',
    title: `${who} by ${NAMES[dim].title}`,
    definition: when === 'at-31-march' ? PROFILE_DEFINITIONS.atCensus : PROFILE_DEFINITIONS.starters,
    unit: 'children',
    collectionYear: input.collectionYear,
    dimensions: [dim],
    labels: { [dim]: LABELS[dim] },
    cells: tableCells(rows, [dim], { [dim]: CATEGORIES[dim] }, countOf),
  };
}

function shareIndicator(
  input: IndicatorInput,
  dim: ProfileDimension,
  rows: readonly Tabulated<null>[],
): Indicator {
  return {
    id: `profile.${NAMES[dim].id}-share-at-31-march`,
    theme: 'profile',
    title: `Children looked after at 31 March by ${NAMES[dim].title} (%)`,
    definition: PROFILE_DEFINITIONS.atCensus,
    unit: 'percent',
    collectionYear: input.collectionYear,
    dimensions: [dim],
    labels: { [dim]: LABELS[dim] },
    cells: shareCells(rows, dim, CATEGORIES[dim]),
  };
}
