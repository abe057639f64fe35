import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

describe('LoginThrottle', () => {
  it('allows the limit in a window, refuses the next, and starts afresh in the next window', () => {
    const throttle = new LoginThrottle(3, 60_000);
    const at0 = [1, 2, 3, 4].map(() => throttle.take(['ip:a'], 0));
    expect(at0).toEqual([true, true, true, false]);
    expect(throttle.take(['ip:a'], 59_999)).toBe(false);
    expect(throttle.take(['ip:a'], 60_000)).toBe(true);
  });

  it('refuses when any one key is over (same username from many addresses)', () => {
    const throttle = new LoginThrottle(2, 60_000);
    expect(throttle.take(['ip:1', 'user:ann'], 0)).toBe(true);
    expect(throttle.take(['ip:2', 'user:ann'], 0)).toBe(true);
    expect(throttle.take(['ip:3', 'user:ann'], 0)).toBe(false);
    expect(throttle.take(['ip:3', 'user:bob'], 0)).toBe(true);
  });
});
