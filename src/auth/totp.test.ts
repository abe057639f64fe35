import { describe, expect, it } from 'vitest';
import { newTotpSecret, verifyTotp } from './totp.ts';

// RFC 6238 appendix B: SHA-1 key "12345678901234567890" (base32 below); at T = 59 s the 8-digit code is
// 94287082, so the 6-digit code is its last six digits, 287082 (time step 1 = floor(59 / 30)).
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('verifyTotp', () => {
  it('accepts the RFC 6238 test vector at its time', async () => {
    expect(await verifyTotp(RFC_SECRET, '287082', 59_000)).toBe(true);
  });

  it('allows one 30-second step of drift either side, not two', async () => {
    // T = 89 s is step 2; ±30 s reaches step 1. T = 120 s is step 4; ±30 s reaches steps 3–5 only.
    expect(await verifyTotp(RFC_SECRET, '287082', 89_000)).toBe(true);
    expect(await verifyTotp(RFC_SECRET, '287082', 120_000)).toBe(false);
  });

  it('refuses anything but six digits without calling the library', async () => {
    expect(await verifyTotp(RFC_SECRET, '28708', 59_000)).toBe(false);
    expect(await verifyTotp(RFC_SECRET, '287082 ', 59_000)).toBe(false);
    expect(await verifyTotp(RFC_SECRET, 'abcdef', 59_000)).toBe(false);
  });
});

describe('newTotpSecret', () => {
  it('gives a base32 secret inside an otpauth URL labelled with the username', () => {
    const { secret, otpauthUrl } = newTotpSecret('ann');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(otpauthUrl.startsWith('otpauth://totp/')).toBe(true);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(otpauthUrl).toContain('issuer=Sufficiency');
  });
});
