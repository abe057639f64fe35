import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import { SINGLE_YEARS } from './age-steps.ts';
import { type CellCounts, cellKey } from './exposure.ts';
import { addedInHousePlaces, describeScenario, type Scenario, simulationLevers } from './scenario.ts';
import { simulateChildren } from './simulate-children.ts';
import { transitionRates } from './transition-rates.ts';

const ORIGIN = day(2026, 3, 31);

/** No exits and no moves anywhere (a million person-days with no events in every fostering state). */
function stillRates() {
  const cells = new Map<string, CellCounts>();
  for (let age = 0; age < 18; age++) {
    cells.set(cellKey('not-uasc', age, 'fostering'), {
      group: 'not-uasc',
      ageStep: age,
      age,
      category: 'fostering',
      duration: 0,
      exposureDays: 1e6,
      moves: { fostering: 0, residential: 0, supported: 0, other: 0 },
      exits: 0,
    });
  }
  return transitionRates({ from: 0, to: 1, ageSteps: SINGLE_YEARS, cells }, { minExposureDays: 1 });
}

describe('scenario levers', () => {
  it('"+10 a month aged 10–15 into residential" adds 120 children in a year when nobody leaves', () => {
    // Poisson 10 a month for 12 months: mean 120, sd 11; the mean of 1,000 paths has sd 0.35; tolerance 1.2.
    // Aged 10y0m–15y11m on arrival, nobody reaches 18 within the year.
    const scenario: Scenario = {
      name: 'more older children',
      levers: [
        {
          kind: 'extra-entries',
          perMonth: 10,
          ageFrom: 10,
          ageTo: 15,
          category: 'residential',
          uasc: false,
          from: ORIGIN,
        },
      ],
    };
    const { paths } = simulateChildren({
      start: [],
      rates: stillRates(),
      durationBands: [],
      entries: null,
      origin: ORIGIN,
      months: 12,
      paths: 1000,
      seed: 3,
      parameterUncertainty: false,
      ...simulationLevers(scenario),
    });
    const mean = paths.reduce((s, p) => s + (p.byCategory.residential[11] as number), 0) / paths.length;
    expect(Math.abs(mean - 120)).toBeLessThan(1.2);
    expect(
      paths.every((p) => p.byBand['18+'].residential[11] === 0 && p.byBand['5-9'].residential[11] === 0),
    ).toBe(true);
  });

  it('"entries are 20 a month from 01/10/2026" replaces the model\'s 5 a month from then', () => {
    // Entries model: flat 5 a month (60/365.25 a day) into fostering aged 10, nobody leaves. April–September
    // at 5 a month (6 months: 30), October–March at 20 a month (6 months: 120): 150 after a year (Poisson,
    // sd 12.2; the mean of 1,000 paths has sd 0.39; tolerance 1.5). Without the lever: 60.
    const entries = {
      kind: 'flat' as const,
      level: Math.log(60 / 365.25),
      slope: 0,
      centre: 0,
      seLevel: 0,
      seSlope: 0,
      dispersion: 1,
      firstT: 0,
      cells: [
        {
          group: 'not-uasc',
          ageBand: '10-15' as const,
          category: 'fostering' as const,
          share: 1,
          agesInMonths: [120],
        },
      ],
    };
    const scenario: Scenario = {
      name: 'entries rise',
      levers: [{ kind: 'entries-level', perMonth: 20, from: day(2026, 10, 1) }],
    };
    const run = (levers: ReturnType<typeof simulationLevers>) =>
      simulateChildren({
        start: [],
        rates: stillRates(),
        durationBands: [],
        entries,
        origin: ORIGIN,
        months: 12,
        paths: 1000,
        seed: 5,
        parameterUncertainty: false,
        ...levers,
      }).paths;
    const meanAt = (paths: ReturnType<typeof run>, m: number) =>
      paths.reduce((s, p) => s + (p.byCategory.fostering[m] as number), 0) / paths.length;
    const withLever = run(simulationLevers(scenario));
    expect(Math.abs(meanAt(withLever, 5) - 30)).toBeLessThan(0.6);
    expect(Math.abs(meanAt(withLever, 11) - 150)).toBeLessThan(1.5);
    expect(Math.abs(meanAt(run({}), 11) - 60)).toBeLessThan(1);
    expect(describeScenario(scenario)).toEqual([
      "Entries are 20 a month from 01/10/2026, in place of the reference period's level and trend.",
    ]);
  });

  it('"UASC arrivals +30%" scales UASC entries only, and a part-band change scales by the overlap', () => {
    const { entryFactor } = simulationLevers({
      name: 'UASC',
      levers: [
        { kind: 'entries-change', percent: 30, uasc: true, ageFrom: 0, ageTo: 17, from: ORIGIN },
        { kind: 'entries-change', percent: -20, uasc: null, ageFrom: 10, ageTo: 12, from: day(2027, 4, 1) },
      ],
    });
    const after = day(2026, 4, 30);
    const later = day(2027, 4, 30);
    expect(entryFactor?.({ group: 'uasc', ageBand: '16-17', category: 'supported' }, after)).toBeCloseTo(
      1.3,
      12,
    );
    expect(entryFactor?.({ group: 'not-uasc', ageBand: '16-17', category: 'supported' }, after)).toBe(1);
    // From April 2027 entries aged 10–12 fall 20%: 3 of the 10–15 band's 6 years, so that band × (1 − 0.1).
    expect(entryFactor?.({ group: 'not-uasc', ageBand: '10-15', category: 'fostering' }, later)).toBeCloseTo(
      0.9,
      12,
    );
    expect(entryFactor?.({ group: 'uasc', ageBand: '10-15', category: 'fostering' }, later)).toBeCloseTo(
      1.3 * 0.9,
      12,
    );
  });

  it('counts in-house places opened once, and recruitment each year from its start', () => {
    const scenario: Scenario = {
      name: 'capacity',
      levers: [
        {
          kind: 'in-house-capacity',
          category: 'residential',
          places: 6,
          opens: day(2025, 10, 1),
          yearly: false,
        },
        {
          kind: 'in-house-capacity',
          category: 'fostering',
          places: 12,
          opens: day(2026, 10, 1),
          yearly: true,
        },
      ],
    };
    expect(addedInHousePlaces(scenario, 'residential', day(2025, 9, 30))).toBe(0);
    expect(addedInHousePlaces(scenario, 'residential', day(2030, 1, 1))).toBe(6);
    expect(addedInHousePlaces(scenario, 'fostering', day(2026, 9, 30))).toBe(0);
    expect(addedInHousePlaces(scenario, 'fostering', day(2026, 10, 1))).toBe(12);
    expect(addedInHousePlaces(scenario, 'fostering', day(2027, 10, 1))).toBe(24);
    expect(describeScenario(scenario)).toEqual([
      '6 in-house residential places open on 01/10/2025.',
      '12 more in-house fostering places each year from 01/10/2026.',
    ]);
  });
});
