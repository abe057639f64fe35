import type { ChildTimeline } from '../care/index.ts';
import { uascGroup } from './exposure.ts';
import type { AddedEntrants } from './simulate-children.ts';

/**
 * How children are split into groups with rates and entries of their own: by UASC status (the default), or
 * by UASC status and sex. A group's id is 'uasc' or 'not-uasc', followed by ':F', ':M' or ':unknown' by sex.
 */
export type ForecastStrata = 'uasc' | 'uasc-sex';

/** Sexes a stratum can take (the 903's F and M; a child without a recorded sex is 'unknown'). */
export const SEX_STRATA: readonly string[] = ['F', 'M', 'unknown'];

function sexOf(timeline: ChildTimeline): string {
  return timeline.sex === 'F' || timeline.sex === 'M' ? timeline.sex : 'unknown';
}

/** A child's group under the strata (for the rates and the starting stock). */
export function groupOfChild(strata: ForecastStrata): (timeline: ChildTimeline) => string {
  return strata === 'uasc-sex' ? (t) => `${uascGroup(t)}:${sexOf(t)}` : uascGroup;
}

/** The further stratum of entrants under the strata, for `monthlyEntries` (none for UASC alone). */
export function entrantStrata(
  strata: ForecastStrata,
): { values: readonly string[]; of: (timeline: ChildTimeline) => string } | undefined {
  return strata === 'uasc-sex' ? { values: SEX_STRATA, of: sexOf } : undefined;
}

/** An entrant cell's group under the strata. */
export function groupOfEntrants(
  strata: ForecastStrata,
): (cell: { uasc: boolean; stratum: string }) => string {
  return (cell) => `${cell.uasc ? 'uasc' : 'not-uasc'}${strata === 'uasc-sex' ? `:${cell.stratum}` : ''}`;
}

/** Whether a group is of UASC (whatever else it is split by). */
export function isUascGroup(group: string): boolean {
  return group.split(':')[0] === 'uasc';
}

/**
 * A scenario's extra entrants (named by UASC status only) in the strata's groups: split half and half between
 * girls and boys when the forecast is by sex, so they take the rates of a group that exists.
 */
export function entrantsInStrata(added: readonly AddedEntrants[], strata: ForecastStrata): AddedEntrants[] {
  if (strata === 'uasc') return [...added];
  return added.flatMap((a) =>
    ['F', 'M'].map((sex) => ({ ...a, group: `${a.group}:${sex}`, perMonth: a.perMonth / 2 })),
  );
}
