import type { ApprovedSex, FosterApprovalType } from '../../local/records.ts';
import type { Sex } from '../../ssda903/index.ts';
import type { Rng, Weights } from '../rng.ts';

/** What a new household is approved for: places, ages, sex, siblings, skills. */
export interface HouseholdProfile {
  approvedPlaces: number;
  /** Places it can offer (a spare room in use, a carer's break …); at most `approvedPlaces`. */
  usable: number;
  ageFrom: number;
  ageTo: number;
  sexApproved: ApprovedSex;
  siblingGroups: boolean;
  skills: string | null;
}

const PLACES: Record<FosterApprovalType, Weights<number>> = {
  mainstream: [
    [1, 30],
    [2, 45],
    [3, 20],
    [4, 5],
  ],
  enhanced: [
    [1, 60],
    [2, 40],
  ],
  specialist: [
    [1, 50],
    [2, 50],
  ],
  kinship: [
    [1, 85],
    [2, 13],
    [3, 2],
  ],
  'short-breaks': [[2, 1]],
  'parent-and-child': [[1, 1]],
};

const AGE_RANGES: Record<FosterApprovalType, Weights<readonly [number, number]>> = {
  mainstream: [
    [[0, 17], 40],
    [[0, 10], 20],
    [[5, 17], 20],
    [[11, 17], 20],
  ],
  enhanced: [
    [[11, 17], 70],
    [[8, 17], 30],
  ],
  specialist: [[[0, 17], 1]],
  kinship: [[[0, 17], 1]],
  'short-breaks': [[[5, 17], 1]],
  'parent-and-child': [[[12, 17], 1]],
};

const SKILLS: Record<FosterApprovalType, readonly string[]> = {
  mainstream: ['babies', 'teenagers', 'sibling groups', 'UASC', 'education support', 'remand'],
  enhanced: ['therapeutic', 'complex needs', 'teenagers', 'exploitation risk'],
  specialist: ['disability', 'medical needs', 'therapeutic'],
  kinship: [],
  'short-breaks': ['disability', 'autism'],
  'parent-and-child': ['parenting assessment'],
};

/**
 * A profile for a new household of a type; `forChild` (the child it is recruited for) makes sure the child
 * fits its age range and sex.
 */
export function householdProfile(
  rng: Rng,
  type: FosterApprovalType,
  forChild?: { age: number; sex: Sex | null },
): HouseholdProfile {
  const approvedPlaces = rng.weighted(PLACES[type]);
  const usable =
    approvedPlaces >= 2 && type !== 'short-breaks' && rng.chance(0.15) ? approvedPlaces - 1 : approvedPlaces;
  const ranges = AGE_RANGES[type].filter(
    ([[from, to]]) => !forChild || (forChild.age >= from && forChild.age <= to),
  );
  const [ageFrom, ageTo] = ranges.length > 0 ? rng.weighted(ranges) : ([0, 17] as const);
  const sexApproved: ApprovedSex =
    type === 'parent-and-child'
      ? 'female'
      : rng.chance(0.92) || forChild?.sex === 'U'
        ? 'any'
        : forChild?.sex === 'F' || (!forChild && rng.chance(0.5))
          ? 'female'
          : 'male';
  const pool = SKILLS[type];
  const n =
    pool.length === 0
      ? 0
      : rng.weighted([
          [0, 35],
          [1, 45],
          [2, 20],
        ] as const);
  const skills = new Set<string>();
  while (skills.size < Math.min(n, pool.length)) skills.add(rng.pick(pool));
  return {
    approvedPlaces,
    usable,
    ageFrom,
    ageTo,
    sexApproved,
    siblingGroups: approvedPlaces >= 2 && rng.chance(0.6),
    skills: skills.size > 0 ? [...skills].join('; ') : null,
  };
}

/** Whether a child of this age and sex fits a profile. */
export function fits(profile: HouseholdProfile, age: number, sex: Sex | null): boolean {
  if (age < profile.ageFrom || age > profile.ageTo) return false;
  if (profile.sexApproved === 'any') return true;
  return (profile.sexApproved === 'female') === (sex === 'F');
}
