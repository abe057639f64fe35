import { describe, expect, it } from 'vitest';
import { day } from '../../dates/index.ts';
import type { PlacementCost } from '../../local/records.ts';
import { actualSpend, budgetCategoryOf } from './budget-lines.ts';

const cost = (weeklyCost: number, placementStart: number, placementEnd: number | null): PlacementCost => ({
  childId: 'A',
  placementStart,
  placementEnd,
  providerId: null,
  weeklyCost,
  socialCareShare: 1,
  healthShare: 0,
  educationShare: 0,
});

describe('actualSpend', () => {
  it('adds weekly cost × days in the financial year ÷ 7, up to the as-at date', () => {
    // £700 a week from 18 March 2025 to 1 April 2025 (14 days, ends the day the child leaves):
    // 14 days in 2024/25 = £1,400, none in 2025/26. An open £350 placement from 25 March 2026, as at
    // 31 March 2026: 7 days in 2025/26 = £350.
    const costs = [cost(700, day(2025, 3, 18), day(2025, 4, 1)), cost(350, day(2026, 3, 25), null)];
    const asAt = day(2026, 3, 31);
    const fostering = () => 'fostering' as const;
    expect(actualSpend(2024, costs, fostering, [], asAt).fostering).toBeCloseTo(1400, 6);
    expect(actualSpend(2025, costs, fostering, [], asAt).fostering).toBeCloseTo(350, 6);
    const leaver = {
      childId: 'B',
      type: 'staying-put' as const,
      start: day(2025, 4, 1),
      end: null,
      weeklyCost: 70,
    };
    // 1 April 2025 → 31 March 2026 is 365 days: £70 × 365 / 7 = £3,650.
    expect(actualSpend(2025, [], fostering, [leaver], asAt)['care-leavers']).toBeCloseTo(3650, 6);
  });

  it('pays each placement category from one budget line', () => {
    expect(budgetCategoryOf('fostering-kinship')).toBe('fostering');
    expect(budgetCategoryOf('secure')).toBe('residential');
    expect(budgetCategoryOf('supported')).toBe('supported');
    expect(budgetCategoryOf('parent-and-child')).toBe('other');
  });
});
