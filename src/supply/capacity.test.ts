import { describe, expect, it } from 'vitest';
import { episode } from '../care/test-fixtures.ts';
import { timelinesFor } from '../indicators/test-timelines.ts';
import { deregistrationRisk } from './deregistration-risk.ts';
import { fosteringPlaceDays, fosteringPlacesOn } from './fostering-places.ts';
import { homeBedDays, homeBedsOn } from './home-beds.ts';
import { fosteringOccupancy } from './occupancy.ts';
import { d, home, household } from './test-local-data.ts';

// A: mainstream since 2020, 2 places; B: enhanced, 2 approved but 1 usable, deregistered 1 Oct 2026;
// C: short breaks (left out of totals); D: deregistered 1 Mar 2026.
const households = [
  household('A', '01/04/2020'),
  household('B', '01/06/2025', { approvalType: 'enhanced', usablePlaces: 1, deregistered: '01/10/2026' }),
  household('C', '01/01/2019', { approvalType: 'short-breaks', approvedPlaces: 1 }),
  household('D', '01/04/2018', { approvedPlaces: 3, deregistered: '01/03/2026' }),
];

describe('in-house fostering places', () => {
  it('counts places on 31 March: approved on or before, not yet deregistered', () => {
    const places = fosteringPlacesOn(households, d('31/03/2026'));
    // A 2/2 + B 2 approved, 1 usable; C is short breaks; D left on 1 March.
    expect([places.households, places.approved, places.usable]).toEqual([2, 4, 3]);
    expect(places.byApprovalType['short-breaks']).toEqual({ households: 1, approved: 1, usable: 1 });
    expect(places.byApprovalType.enhanced).toEqual({ households: 1, approved: 2, usable: 1 });
    expect(fosteringPlacesOn(households, d('31/03/2027')).usable).toBe(2);
  });

  it('drops a carer on the day of deregistration', () => {
    expect(fosteringPlacesOn(households, d('30/09/2026')).usable).toBe(3);
    expect(fosteringPlacesOn(households, d('01/10/2026')).usable).toBe(2);
  });

  it('counts a carer deregistering mid-year for the part of the year', () => {
    const year = fosteringPlaceDays(households, d('01/04/2026'), d('31/03/2027'));
    // A: 365 days × 2 = 730; B: 1 Apr – 30 Sep 2026 = 183 days × 1 usable (× 2 approved).
    expect(year.days).toBe(365);
    expect(year.usablePlaceDays).toBe(730 + 183);
    expect(year.approvedPlaceDays).toBe(730 + 366);
    expect(year.averageUsable).toBeCloseTo(913 / 365, 10);
    expect(year.byApprovalType.enhanced.usablePlaceDays).toBe(183);
    expect(year.byApprovalType['short-breaks'].usablePlaceDays).toBe(365);
  });
});

describe('in-house homes', () => {
  const homes = [
    home('H1', '01/01/2015'),
    home('H2', '01/10/2027', { beds: 6 }),
    home('H3', '01/04/2020', { type: 'supported', beds: 5, closes: '01/07/2027' }),
  ];

  it('has no beds for a home in the pipeline until it opens', () => {
    expect(homeBedsOn(homes, 'childrens-home', d('30/09/2027'))).toBe(4);
    expect(homeBedsOn(homes, 'childrens-home', d('01/10/2027'))).toBe(10);
    expect(homeBedsOn(homes, 'supported', d('01/07/2027'))).toBe(0);
  });

  it('counts a home opening mid-year for the part of the year', () => {
    const year = homeBedDays(homes, 'childrens-home', d('01/04/2027'), d('31/03/2028'));
    // 2027/28 has 366 days; H1 4 × 366 = 1,464; H2 opens 1 Oct: 183 days × 6 = 1,098.
    expect(year.bedDays).toBe(1464 + 1098);
    expect(year.averageBeds).toBe(7);
    // H3 (5 beds) closes 1 July 2027: open 1 April – 30 June = 91 days.
    expect(homeBedDays(homes, 'supported', d('01/04/2027'), d('31/03/2028')).bedDays).toBe(455);
  });
});

describe('occupancy', () => {
  it('divides children with in-house carers (kinship PR1 included) by usable places', () => {
    const timelines = timelinesFor(2026, {
      X: { dob: '01/01/2012', episodes: [episode('X', '01/05/2025', null)] },
      Y: { dob: '01/01/2012', episodes: [episode('Y', '01/05/2025', null, { provider: 'PR4' })] },
      Z: { dob: '01/01/2012', episodes: [episode('Z', '01/05/2025', null, { placementType: 'U1' })] },
      W: { dob: '01/01/2012', episodes: [episode('W', '01/05/2025', '01/03/2026')] },
    });
    const occupancy = fosteringOccupancy(timelines, households, d('31/03/2026'));
    // X (U4 PR1) and Z (U1 PR1); Y is with an IFA; W left care. Usable places 3, approved 4.
    expect(occupancy.children).toBe(2);
    expect(occupancy.ofUsable).toBeCloseTo(2 / 3, 10);
    expect(occupancy.ofApproved).toBe(0.5);
  });
});

describe('deregistration risk by carer age', () => {
  // Window 1 Apr 2021 – 31 Mar 2026 (1,826 days).
  // P: 55 at approval 1 Apr 2020, last day 31 Mar 2024: 1,096 days aged 56–58, leaves aged 58 (50–59).
  // Q: 58 at approval 1 Apr 2021: 730 days aged 58–59, 1,096 days aged 60–62.
  // R: age unknown, last day 30 Sep 2025: 1,826 − 182 = 1,644 days, one event.
  const history = [
    household('P', '01/04/2020', { carerAgeAtApproval: 55, deregistered: '01/04/2024' }),
    household('Q', '01/04/2021', { carerAgeAtApproval: 58 }),
    household('R', '01/04/2019', { carerAgeAtApproval: null, deregistered: '01/10/2025' }),
  ];
  const risk = deregistrationRisk(history, d('01/04/2021'), d('31/03/2026'));

  it('is deregistrations ÷ household-years in each band', () => {
    expect(risk.bands['50-59'].deregistrations).toBe(1);
    expect(risk.bands['50-59'].householdYears).toBeCloseTo(1826 / 365.25, 10);
    expect(risk.bands['50-59'].ratePerYear).toBeCloseTo(365.25 / 1826, 10);
    expect(risk.bands['60-69'].householdYears).toBeCloseTo(1096 / 365.25, 10);
    expect(risk.bands['60-69'].ratePerYear).toBe(0);
    expect(risk.bands.unknown.ratePerYear).toBeCloseTo(365.25 / 1644, 10);
    expect(risk.bands['50-59'].annualProbability).toBeCloseTo(1 - Math.exp(-365.25 / 1826), 10);
  });

  it('borrows the overall rate for a band with no exposure', () => {
    expect(risk.overall.ratePerYear).toBeCloseTo(2 / (4566 / 365.25), 10);
    expect(risk.bands['under-40'].borrowed).toBe(true);
    expect(risk.bands['under-40'].ratePerYear).toBeCloseTo(risk.overall.ratePerYear, 12);
  });
});
