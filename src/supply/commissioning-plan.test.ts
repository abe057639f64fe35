import { describe, expect, it } from 'vitest';
import { commissioningPlan, financialYearOf } from './commissioning-plan.ts';
import { gap, gapSetup } from './gap.ts';
import { planDiff } from './plan-diff.ts';
import { forecastOf } from './test-forecast.ts';
import { d, home, household, localData } from './test-local-data.ts';

const origin = d('31/03/2027');
const residential = { p10: 10, p50: 12, p90: 15 };
const forecast = forecastOf(origin, [
  { fostering: 2, residential: { ...residential, p10: 10 } },
  { fostering: 2, residential: { ...residential, p10: 9 } },
  { fostering: 2, residential: { ...residential, p10: 8 } },
]);
// One 4-bed home (3.4 places at 85%), one 2-place carer (1.8 at 90%), no recruitment, no deregistrations.
const local = localData({
  fosterHouseholds: [household('A', '01/04/2020', { carerAgeAtApproval: 40 })],
  inHouseHomes: [home('H1', '01/01/2015')],
  budget: [{ financialYear: 2027, category: 'residential', amount: 3_000_000 }],
  careLeaverAccommodation: [
    { childId: 'L1', type: 'supported-lodgings', start: d('01/01/2027'), end: null, weeklyCost: 400 },
    { childId: 'L2', type: 'supported-accommodation', start: d('01/01/2027'), end: null, weeklyCost: 600 },
    { childId: 'L3', type: 'staying-put', start: d('01/01/2027'), end: null, weeklyCost: null },
  ],
});
const setup = gapSetup(local, [], forecast);
const plan = commissioningPlan(setup, gap(setup), local.budget, local.careLeaverAccommodation);
const row = (year: number, category: string) =>
  plan.rows.find((r) => r.year === year && r.category === category);

describe('the commissioning plan', () => {
  it('names financial years by their first year', () => {
    expect(financialYearOf(d('01/04/2027'))).toBe(2027);
    expect(financialYearOf(d('31/03/2027'))).toBe(2026);
    expect(row(1, 'residential')?.financialYear).toBe(2027);
  });

  it('suggests block places when the low forecast stays above the threshold', () => {
    // External P10: 10 − 3.4 = 6.6, 5.6, 4.6 → block the smallest from each year on, rounded down: 4.
    expect([1, 2, 3].map((y) => row(y, 'residential')?.blockPlaces)).toEqual([4, 4, 4]);
    // P50 to commission 12 − 3.4 = 8.6 > 4: block and spot.
    expect(row(1, 'residential')?.purchasing).toBe('block-and-spot');
    expect(row(1, 'residential')?.toCommissionP50).toBe(8.6);
    // Fostering: 2 − 1.8 = 0.2 external: spot. Supported: no need: none.
    expect(row(1, 'fostering')?.purchasing).toBe('spot');
    expect(row(1, 'supported')?.purchasing).toBe('none');
    expect(plan.rules[0]).toContain('at least 3 places');
  });

  it('sets spend against the budget line', () => {
    // In-house 3.4 × 52.18 × £5,750 = £1,020,119; external 8.6 × 52.18 × £6,000 = £2,692,488.
    const r = row(1, 'residential');
    expect(r?.inHouseCostP50).toBe(1_020_119);
    expect(r?.externalCostP50).toBe(2_692_488);
    expect(r?.spendP50).toBe(3_712_607);
    expect(r?.budget).toBe(3_000_000);
    expect(r?.headroomP50).toBe(-712_607);
    expect(row(2, 'residential')?.budget).toBeNull();
  });

  it('adds care leavers’ accommodation where the council records it, held flat', () => {
    // L1 £400 and L2 £600 are paid (L3 staying put without a cost is not): 2 × 52.18 × £500 = £52,180.
    expect([1, 2, 3].map((y) => row(y, 'care-leavers')?.externalCostP50)).toEqual([52_180, 52_180, 52_180]);
    expect(row(1, 'care-leavers')?.toCommissionP50).toBe(2);
    expect(plan.assumptions.some((a) => a.includes('2 care leavers in paid accommodation'))).toBe(true);
  });

  it('moves care leavers with the forecast’s change in those aged 18–20 in supported accommodation', () => {
    // Modelled now 3.0; ahead P10/P50/P90 of 3/4/6, then 2/3.5/5, then 5/6/9. Paid 2 moved by the change:
    // year 1 P50 2 + 1 = 3 (P10 2, P90 5); year 2 P50 2.5 (P10 1, P90 4); year 3 P50 5 (P10 4, P90 8).
    // Cost at the median £500: 3 × 52.18 × 500 = £78,270; 2.5 → £65,225; year 3 P90 8 → £208,720.
    const projected = {
      ...setup,
      forecast: {
        ...setup.forecast,
        careLeavers: {
          now: 3,
          years: [
            { p10: 3, p50: 4, p90: 6 },
            { p10: 2, p50: 3.5, p90: 5 },
            { p10: 5, p50: 6, p90: 9 },
          ],
        },
      },
    };
    const moved = commissioningPlan(projected, gap(projected), local.budget, local.careLeaverAccommodation);
    const leaverRow = (y: number) => moved.rows.find((r) => r.year === y && r.category === 'care-leavers');
    expect([1, 2, 3].map((y) => leaverRow(y)?.toCommissionP10)).toEqual([2, 1, 4]);
    expect([1, 2, 3].map((y) => leaverRow(y)?.toCommissionP50)).toEqual([3, 2.5, 5]);
    expect([1, 2, 3].map((y) => leaverRow(y)?.toCommissionP90)).toEqual([5, 4, 8]);
    expect([1, 2].map((y) => leaverRow(y)?.externalCostP50)).toEqual([78_270, 65_225]);
    expect(leaverRow(3)?.externalCostP90).toBe(208_720);
    expect(moved.assumptions.some((a) => a.includes("moved each year by the forecast's change"))).toBe(true);
  });
});

describe('planDiff', () => {
  it('lists the cells that changed between versions', () => {
    const stricter = commissioningPlan(setup, gap(setup), local.budget, local.careLeaverAccommodation, {
      blockThreshold: 5,
    });
    // With a threshold of 5 the smallest low need (4.6 → 4) no longer qualifies: spot in all three years.
    const changes = planDiff(plan, stricter);
    expect(changes).toHaveLength(6);
    expect(changes[0]).toEqual({
      financialYear: 2027,
      category: 'residential',
      column: 'purchasing',
      before: 'block-and-spot',
      after: 'spot',
    });
    expect(changes.filter((c) => c.column === 'blockPlaces').map((c) => [c.before, c.after])).toEqual([
      [4, 0],
      [4, 0],
      [4, 0],
    ]);
    expect(planDiff(plan, plan)).toEqual([]);
  });

  it('shows a year only one version covers as added', () => {
    const shorter = forecastOf(origin, [{ fostering: 2, residential }]);
    const s = gapSetup(local, [], shorter);
    const oneYear = commissioningPlan(s, gap(s), local.budget, []);
    const added = planDiff(oneYear, plan).filter((c) => c.financialYear === 2028 && c.column === 'needP50');
    expect(added.map((c) => [c.category, c.before, c.after])).toContainEqual(['residential', null, 12]);
  });
});
