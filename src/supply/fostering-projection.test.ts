import { describe, expect, it } from 'vitest';
import { CARER_AGE_BANDS, type DeregistrationRisk } from './deregistration-risk.ts';
import { historicRecruitment, projectFosteringPlaces } from './fostering-projection.ts';
import { d, household } from './test-local-data.ts';

/** A risk with chosen annual probabilities (rates are not used by the projection). */
function riskOf(
  probabilities: Partial<Record<(typeof CARER_AGE_BANDS)[number], number>>,
): DeregistrationRisk {
  const bands = {} as DeregistrationRisk['bands'];
  for (const band of CARER_AGE_BANDS) {
    const p = probabilities[band] ?? 0;
    bands[band] = {
      band,
      deregistrations: 0,
      householdYears: 0,
      ratePerYear: -Math.log(1 - p),
      annualProbability: p,
      borrowed: false,
    };
  }
  const overall = { deregistrations: 0, householdYears: 0, ratePerYear: 0, annualProbability: 0 };
  return { from: 0, to: 0, bands, overall };
}

describe('projected in-house fostering places', () => {
  const origin = d('31/03/2026');
  // E: 2 places, carer 59 at approval on 1 Apr 2025: 59 in year 1 (p 0.2), 60 from year 2 (p 0.5).
  const households = [household('E', '01/04/2025', { carerAgeAtApproval: 59 })];
  const risk = riskOf({ '50-59': 0.2, '60-69': 0.5, 'under-40': 0.1 });
  const recruits = [
    {
      approvalType: 'mainstream' as const,
      householdsPerYear: 3,
      usablePlacesPerHousehold: 1,
      carerAge: 35,
      source: 'test',
    },
  ];
  const years = projectFosteringPlaces(households, risk, origin, 3, recruits);

  it('lets carers leave at the risk of their age band as they age', () => {
    // E: 2 × 0.8 = 1.6 after year 1, × 0.5 = 0.8 after year 2, × 0.5 = 0.4 after year 3.
    expect(years.map((y) => y.existing)).toEqual([2, 1.6, 0.8, 0.4].map((x) => expect.closeTo(x, 10)));
    expect(years[1]?.expectedDeregistrations).toBeCloseTo(0.2, 10);
  });

  it('adds each year’s recruits at its end and lets them leave from the next', () => {
    // Cohort of 3 (1 place each, p 0.1): year 1: 3; year 2: 2.7 + 3; year 3: 2.43 + 2.7 + 3.
    expect(years.map((y) => y.recruited)).toEqual([0, 3, 5.7, 8.13].map((x) => expect.closeTo(x, 10)));
    // Year 2 deregistrations in households: E (0.8 of a household left) × 0.5, and year 1’s cohort 3 × 0.1.
    expect(years[2]?.expectedDeregistrations).toBeCloseTo(0.8 * 0.5 + 3 * 0.1, 10);
    expect(years[2]?.usable).toBeCloseTo(6.5, 10);
  });

  it('averages the first and last day of each year', () => {
    expect(years[1]?.averageUsable).toBeCloseTo((2 + 4.6) / 2, 10);
    expect(years[2]?.averageUsable).toBeCloseTo((4.6 + 6.5) / 2, 10);
  });

  it('takes recruitment from the last three years of approvals', () => {
    const history = [
      household('N1', '01/05/2023', { carerAgeAtApproval: 40 }),
      household('N2', '01/05/2024', { carerAgeAtApproval: 50, usablePlaces: 1 }),
      household('N3', '01/05/2025', { approvalType: 'enhanced', carerAgeAtApproval: 45 }),
      household('OLD', '01/03/2023'),
    ];
    const recruitment = historicRecruitment(history, origin);
    // Mainstream: N1, N2 in 1 Apr 2023 – 31 Mar 2026 → 2/3 a year, (2 + 1)/2 places, age 45.
    expect(recruitment).toEqual([
      expect.objectContaining({
        approvalType: 'mainstream',
        householdsPerYear: 2 / 3,
        usablePlacesPerHousehold: 1.5,
        carerAge: 45,
      }),
      expect.objectContaining({
        approvalType: 'enhanced',
        householdsPerYear: 1 / 3,
        usablePlacesPerHousehold: 2,
        carerAge: 45,
      }),
    ]);
  });
});
