import { describe, expect, it } from 'vitest';
import { day } from '../../dates/index.ts';
import { Rng } from '../rng.ts';
import { deregistrationHazard } from './carer-ageing.ts';
import { CarerPool, occupiedOn } from './carer-pool.ts';

const JAN = day(2024, 1, 1);

describe('CarerPool', () => {
  it('never places more children with a household than its usable places', () => {
    const pool = new CarerPool(new Rng(1), 0);
    const h = pool.recruit('mainstream', JAN - 100);
    h.profile = { ...h.profile, usable: 1, ageFrom: 0, ageTo: 17, sexApproved: 'any' };
    // Two children arrive the same day: the first takes the one usable place, the second needs a new household.
    const a = pool.place({ start: JAN, end: JAN + 30, age: 7, sex: 'F', types: ['mainstream'] });
    const b = pool.place({ start: JAN, end: null, age: 9, sex: 'M', types: ['mainstream'] });
    expect(a).toBe(h);
    expect(b).not.toBe(h);
    expect(b.approved).toBeLessThanOrEqual(JAN);
    // After the first child leaves on day 30 the place is free again: a third child on day 30 goes to h
    // (h holds 0 children then; b is preferred only if it is fuller and has room).
    expect(occupiedOn(h, JAN + 30)).toBe(0);
    expect(occupiedOn(h, JAN + 29)).toBe(1);
  });

  it('does not place a child outside the household’s approved ages', () => {
    const pool = new CarerPool(new Rng(2), 0);
    const h = pool.recruit('mainstream', JAN - 100);
    h.profile = { ...h.profile, usable: 3, ageFrom: 0, ageTo: 10, sexApproved: 'any' };
    const teen = pool.place({ start: JAN, end: null, age: 15, sex: 'M', types: ['mainstream'] });
    expect(teen).not.toBe(h);
    expect(teen.profile.ageTo).toBeGreaterThanOrEqual(15);
  });

  it('recruits at a review to reach the target occupancy', () => {
    const pool = new CarerPool(new Rng(3), 0);
    const h = pool.recruit('mainstream', JAN - 100);
    h.profile = { ...h.profile, usable: 2, ageFrom: 0, ageTo: 17, sexApproved: 'any' };
    pool.place({ start: JAN, end: null, age: 5, sex: 'F', types: ['mainstream'] });
    pool.place({ start: JAN, end: null, age: 6, sex: 'F', types: ['mainstream'] });
    // 2 children in 2 usable places is 100%; at 80% target the service needs 2 / 0.8 = 2.5 places: it recruits.
    pool.review(JAN + 1, new Set(['mainstream', 'enhanced', 'specialist', 'parent-and-child']), 0.8);
    expect(pool.households.length).toBeGreaterThan(1);
  });
});

describe('deregistrationHazard', () => {
  it('rises with the carer’s age', () => {
    const ages = [35, 45, 55, 62, 67, 72];
    const hazards = ages.map(deregistrationHazard);
    expect(hazards).toEqual([...hazards].sort((a, b) => a - b));
    expect(deregistrationHazard(72)).toBeGreaterThan(5 * deregistrationHazard(45));
  });
});
