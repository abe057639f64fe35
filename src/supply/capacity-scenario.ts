import { type EpochDay, formatUkDate } from '../dates/index.ts';
import type { FosterApprovalType, HomeType, InHouseHome } from '../local/records.ts';
import type { Recruitment } from './fostering-projection.ts';

/** One change to in-house capacity, in the words a commissioner uses. */
export type CapacityChange =
  /** "Recruit 10 enhanced carers a year": households on top of the usual recruitment. */
  | {
      kind: 'recruit-carers';
      householdsPerYear: number;
      approvalType: FosterApprovalType;
      /** Default: the mean of recent approvals of this type, else 1. */
      usablePlacesPerHousehold?: number;
      /** Default: the mean of recent approvals of this type, else unknown (the overall risk). */
      carerAge?: number | null;
    }
  /** "Open a 6-bed home on 1 October 2027". */
  | { kind: 'open-home'; name: string; type: HomeType; beds: number; opens: EpochDay }
  /** "Close home X" on a day (its beds are gone from that day). */
  | { kind: 'close-home'; homeId: string; closes: EpochDay };

export interface CapacityScenario {
  name: string;
  changes: CapacityChange[];
}

const HOME_WORDS: Record<HomeType, string> = {
  'childrens-home': "children's home",
  'short-breaks': 'short-breaks home',
  supported: 'supported accommodation',
};

/** A change in plain English, e.g. "Open Oak House: a 6-bed children's home on 01/10/2027". */
export function describeChange(change: CapacityChange): string {
  switch (change.kind) {
    case 'recruit-carers':
      return `Recruit ${change.householdsPerYear} more ${change.approvalType} foster carer households a year`;
    case 'open-home':
      return `Open ${change.name}: a ${change.beds}-bed ${HOME_WORDS[change.type]} on ${formatUkDate(change.opens)}`;
    case 'close-home':
      return `Close home ${change.homeId} on ${formatUkDate(change.closes)}`;
  }
}

/** Homes with the scenario's openings added and closures applied (the earlier closing date wins). */
export function homesUnder(homes: readonly InHouseHome[], scenario: CapacityScenario): InHouseHome[] {
  let result = homes.map((h) => ({ ...h }));
  scenario.changes.forEach((change, i) => {
    if (change.kind === 'open-home') {
      result.push({
        homeId: `scenario-${i + 1}`,
        name: change.name,
        urn: null,
        type: change.type,
        beds: change.beds,
        opens: change.opens,
        closes: null,
        ofstedGrade: null,
        postcodeDistrict: null,
      });
    } else if (change.kind === 'close-home') {
      result = result.map((h) =>
        h.homeId === change.homeId && (h.closes === null || change.closes < h.closes)
          ? { ...h, closes: change.closes }
          : h,
      );
    }
  });
  return result;
}

/** Recruitment with the scenario's extra carers added, each with its type's usual places and age. */
export function recruitmentUnder(base: readonly Recruitment[], scenario: CapacityScenario): Recruitment[] {
  const result = [...base];
  for (const change of scenario.changes) {
    if (change.kind !== 'recruit-carers') continue;
    const usual = base.find((r) => r.approvalType === change.approvalType);
    result.push({
      approvalType: change.approvalType,
      householdsPerYear: change.householdsPerYear,
      usablePlacesPerHousehold: change.usablePlacesPerHousehold ?? usual?.usablePlacesPerHousehold ?? 1,
      carerAge: change.carerAge !== undefined ? change.carerAge : (usual?.carerAge ?? null),
      source: `scenario "${scenario.name}"`,
    });
  }
  return result;
}

/** Problems with a scenario against the council's homes (a home to close that does not exist …). */
export function scenarioProblems(scenario: CapacityScenario, homes: readonly InHouseHome[]): string[] {
  const problems: string[] = [];
  scenario.changes.forEach((change, i) => {
    const where = `changes[${i}]`;
    if (change.kind === 'close-home' && !homes.some((h) => h.homeId === change.homeId))
      problems.push(
        `${where}: no home "${change.homeId}" among the council's homes (expected one of its home ids)`,
      );
    if (change.kind === 'open-home' && !(change.beds > 0))
      problems.push(`${where}: beds ${change.beds} (expected a number of beds above 0)`);
    if (change.kind === 'recruit-carers' && !(change.householdsPerYear >= 0))
      problems.push(`${where}: householdsPerYear ${change.householdsPerYear} (expected 0 or more)`);
  });
  return problems;
}
