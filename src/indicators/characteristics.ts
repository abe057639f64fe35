import { AGE_BANDS, type AgeBand, ageBandOn } from '../care/index.ts';
import type { ChildTimeline } from '../care/timeline-types.ts';
import type { EpochDay } from '../dates/index.ts';
import { codeDescriptions } from '../ssda903/index.ts';
import { ETHNICITY_GROUP_LABELS, ETHNICITY_GROUPS, ethnicityGroup } from './ethnicity-group.ts';

/** "Not recorded": the key of a child whose value for a dimension is blank in the return. */
export const NOT_RECORDED = 'not-recorded';

/** Whether a child is an unaccompanied asylum-seeking child on a day: in the UASC table, DUC blank or later. */
export function isUascOn(timeline: ChildTimeline, on: EpochDay): boolean {
  return timeline.uasc !== null && (timeline.uasc.ceased === null || timeline.uasc.ceased > on);
}

/** The characteristics the profile and equality tables break children down by. */
export type Characteristic = 'ageBand' | 'sex' | 'ethnicityGroup' | 'categoryOfNeed';

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '<1': 'Under 1',
  '1-4': 'Aged 1 to 4',
  '5-9': 'Aged 5 to 9',
  '10-15': 'Aged 10 to 15',
  '16-17': 'Aged 16 to 17',
  '18+': 'Aged 18 and over',
};

/**
 * Category-of-need labels. The 903 has no disability flag: N2 is shown under its own name so no one reads
 * it as the number of disabled children (many disabled children are in care for other reasons).
 */
export const CATEGORY_OF_NEED_LABELS: Record<string, string> = {
  ...codeDescriptions('categoryOfNeed'),
  N2: "Child's disability (category of need N2)",
  [NOT_RECORDED]: 'Not recorded',
};

export const SEX_LABELS: Record<string, string> = {
  F: 'Female',
  M: 'Male',
  U: 'Unknown',
  [NOT_RECORDED]: 'Not recorded',
};

/** Categories listed for each characteristic, so empty ones still get a (zero) cell. */
export const CHARACTERISTIC_CATEGORIES: Record<Characteristic, readonly string[]> = {
  ageBand: AGE_BANDS,
  sex: ['F', 'M'],
  ethnicityGroup: ETHNICITY_GROUPS,
  categoryOfNeed: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'],
};

export const CHARACTERISTIC_LABELS: Record<Characteristic, Record<string, string>> = {
  ageBand: AGE_BAND_LABELS,
  sex: SEX_LABELS,
  ethnicityGroup: ETHNICITY_GROUP_LABELS,
  categoryOfNeed: CATEGORY_OF_NEED_LABELS,
};

export const CHARACTERISTIC_TITLES: Record<Characteristic, string> = {
  ageBand: 'age band',
  sex: 'sex',
  ethnicityGroup: 'ethnicity group',
  categoryOfNeed: 'category of need',
};

/** A child's characteristics on a day, given the category of need of the episode they are in. */
export function characteristicsOn(
  timeline: ChildTimeline,
  on: EpochDay,
  categoryOfNeed: string | null,
): Record<Characteristic, string> {
  return {
    ageBand: ageBandOn(timeline.dob, on),
    sex: timeline.sex ?? NOT_RECORDED,
    ethnicityGroup: ethnicityGroup(timeline.ethnicity),
    categoryOfNeed: categoryOfNeed ?? NOT_RECORDED,
  };
}
