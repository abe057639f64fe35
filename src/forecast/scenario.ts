import type { AgeBand } from '../care/index.ts';
import { addYears, type EpochDay, formatUkDate } from '../dates/index.ts';
import type { ModelCategory } from './exposure.ts';
import type { AddedEntrants, SimulationOptions, StepDown } from './simulate-children.ts';
import { isUascGroup } from './strata.ts';

/**
 * A scenario in the terms commissioners use. Levers combine; each says what changes from when. Ages are
 * whole years, `ageTo` inclusive ("aged 10–15" is ageFrom 10, ageTo 15).
 */
export type ScenarioLever =
  /** "+10 a month aged 10–15 into residential from 1 Oct 2026": extra entrants on top of the trend. */
  | {
      kind: 'extra-entries';
      perMonth: number;
      ageFrom: number;
      ageTo: number;
      category: ModelCategory;
      uasc: boolean;
      from: EpochDay;
    }
  /** "UASC arrivals +30%", "entries aged 0–4 −10%": scales the expected entries of matching children. */
  | {
      kind: 'entries-change';
      percent: number;
      /** Children of this group only; null: everyone. */
      uasc: boolean | null;
      ageFrom: number;
      ageTo: number;
      from: EpochDay;
    }
  /**
   * "Entries are 25 a month from 1 Apr 2027": the expected entries of all ages, in place of the reference
   * period's level and trend (the mix of ages, placements and UASC stays the reference period's; percentage
   * changes still apply on top).
   */
  | { kind: 'entries-level'; perMonth: number; from: EpochDay }
  /** "20% of children in residential move to fostering after 6 months". */
  | {
      kind: 'step-down';
      from: ModelCategory;
      to: ModelCategory;
      percent: number;
      afterMonths: number;
      starts: EpochDay;
    }
  /** "6-bed in-house home opens 1 Oct 2025" (once) or "12 more in-house carers a year" (yearly). */
  | {
      kind: 'in-house-capacity';
      category: ModelCategory;
      places: number;
      opens: EpochDay;
      /** Added again on each anniversary of `opens` (recruitment); default once. */
      yearly: boolean;
    }
  /** A different reference period than the backtest chose. */
  | { kind: 'reference-period'; referenceYears: number; entries: 'trend' | 'flat' };

export interface Scenario {
  name: string;
  description?: string;
  levers: ScenarioLever[];
}

const DAYS_PER_MONTH = 365.25 / 12;

/** The simulation levers of a scenario's demand changes (capacity and reference period act elsewhere). */
export function simulationLevers(
  scenario: Scenario | null,
): Pick<SimulationOptions, 'entryFactor' | 'addedEntrants' | 'stepDowns' | 'entriesLevel'> {
  if (!scenario) return {};
  const addedEntrants: AddedEntrants[] = [];
  const stepDowns: StepDown[] = [];
  const changes: Extract<ScenarioLever, { kind: 'entries-change' }>[] = [];
  for (const lever of scenario.levers) {
    if (lever.kind === 'extra-entries') addedEntrants.push(...extraEntrants(lever));
    else if (lever.kind === 'step-down') {
      stepDowns.push({
        from: lever.from,
        to: lever.to,
        share: lever.percent / 100,
        afterDays: Math.round(lever.afterMonths * DAYS_PER_MONTH),
        starts: lever.starts,
      });
    } else if (lever.kind === 'entries-change') changes.push(lever);
  }
  // The last level set wins (a scenario could set one from 2027 and another from 2029: the later date).
  const levels = scenario.levers.filter((l) => l.kind === 'entries-level');
  const entriesLevel = levels
    .map((l) => ({ from: l.from, perMonth: l.perMonth }))
    .sort((a, b) => a.from - b.from);
  const entryFactor: SimulationOptions['entryFactor'] =
    changes.length === 0
      ? undefined
      : (cell, monthEnd) => {
          let factor = 1;
          for (const change of changes) {
            if (monthEnd < change.from) continue;
            if (change.uasc !== null && isUascGroup(cell.group) !== change.uasc) continue;
            factor *= 1 + (change.percent / 100) * bandOverlap(cell.ageBand, change.ageFrom, change.ageTo);
          }
          return Math.max(0, factor);
        };
  return { entryFactor, addedEntrants, stepDowns, ...(entriesLevel.length > 0 ? { entriesLevel } : {}) };
}

/** Extra entrants spread over the ages asked for, as one stream per age band so they age in the right cells. */
function extraEntrants(lever: Extract<ScenarioLever, { kind: 'extra-entries' }>): AddedEntrants[] {
  return [
    {
      from: lever.from,
      perMonth: lever.perMonth,
      group: lever.uasc ? 'uasc' : 'not-uasc',
      category: lever.category,
      ageFromMonths: lever.ageFrom * 12,
      ageToMonths: (lever.ageTo + 1) * 12,
    },
  ];
}

const BAND_YEARS: Record<AgeBand, readonly [number, number]> = {
  '<1': [0, 0],
  '1-4': [1, 4],
  '5-9': [5, 9],
  '10-15': [10, 15],
  '16-17': [16, 17],
  '18+': [18, 25],
};

/** The share of an age band's years inside [ageFrom, ageTo]: a change for 10–15 scales the 10–15 band fully. */
function bandOverlap(band: AgeBand, ageFrom: number, ageTo: number): number {
  const [lo, hi] = BAND_YEARS[band];
  const overlap = Math.min(hi, ageTo) - Math.max(lo, ageFrom) + 1;
  return Math.max(0, overlap) / (hi - lo + 1);
}

/** The scenario's own reference period, if it sets one. */
export function scenarioReference(
  scenario: Scenario | null,
): { referenceYears: number; entries: 'trend' | 'flat' } | null {
  for (const lever of scenario?.levers ?? []) {
    if (lever.kind === 'reference-period')
      return { referenceYears: lever.referenceYears, entries: lever.entries };
  }
  return null;
}

/** In-house places a scenario adds to a category by a day (openings so far, recruitment each year since). */
export function addedInHousePlaces(scenario: Scenario | null, category: ModelCategory, on: EpochDay): number {
  let places = 0;
  for (const lever of scenario?.levers ?? []) {
    if (lever.kind !== 'in-house-capacity' || lever.category !== category || on < lever.opens) continue;
    let rounds = 1;
    while (lever.yearly && addYears(lever.opens, rounds) <= on) rounds += 1;
    places += lever.places * rounds;
  }
  return places;
}

/** One line per lever, in plain English, to show beside the scenario's results. */
export function describeScenario(scenario: Scenario): string[] {
  return scenario.levers.map((lever) => {
    switch (lever.kind) {
      case 'extra-entries':
        return `${lever.perMonth} more ${lever.uasc ? 'UASC ' : ''}children a month aged ${lever.ageFrom}–${lever.ageTo} enter ${lever.category} from ${formatUkDate(lever.from)}.`;
      case 'entries-change':
        return `Entries of ${lever.uasc === null ? 'children' : lever.uasc ? 'UASC' : 'children who are not UASC'} aged ${lever.ageFrom}–${lever.ageTo} change by ${lever.percent >= 0 ? '+' : ''}${lever.percent}% from ${formatUkDate(lever.from)}.`;
      case 'entries-level':
        return `Entries are ${lever.perMonth} a month from ${formatUkDate(lever.from)}, in place of the reference period's level and trend.`;
      case 'step-down':
        return `${lever.percent}% of children in ${lever.from} move to ${lever.to} after ${lever.afterMonths} months in care, from ${formatUkDate(lever.starts)}.`;
      case 'in-house-capacity':
        return lever.yearly
          ? `${lever.places} more in-house ${lever.category} places each year from ${formatUkDate(lever.opens)}.`
          : `${lever.places} in-house ${lever.category} places open on ${formatUkDate(lever.opens)}.`;
      case 'reference-period':
        return `Rates from the ${lever.referenceYears} years before the forecast start, entries ${lever.entries === 'trend' ? 'following their trend' : 'flat'}.`;
    }
    return '';
  });
}
