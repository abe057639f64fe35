/**
 * Counts sign-in attempts per key (an IP address, a username) in fixed one-minute windows, in memory:
 * a brake on guessing, not a record (lockout and the audit log are in the database).
 */
export class LoginThrottle {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one attempt for every key; false when any key is over its limit in the current window. */
  take(keys: readonly string[], now = Date.now()): boolean {
    if (this.windows.size > 10_000) this.prune(now);
    let allowed = true;
    for (const key of keys) {
      const window = this.windows.get(key);
      if (!window || now - window.start >= this.windowMs) {
        this.windows.set(key, { start: now, count: 1 });
      } else {
        window.count += 1;
        if (window.count > this.limit) allowed = false;
      }
    }
    return allowed;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows)
      if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
