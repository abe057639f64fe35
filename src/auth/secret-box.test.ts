import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secret-box.ts';

describe('sealed secrets', () => {
  it('round-trip, differ each time (random IV) and never contain the secret', () => {
    const a = sealSecret('JBSWY3DPEHPK3PXP');
    const b = sealSecret('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(a.startsWith('v1:')).toBe(true);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(a)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuse a tampered value and pass through one stored before sealing', () => {
    const raw = Buffer.from(sealSecret('JBSWY3DPEHPK3PXP').slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] as number) ^ 1; // one bit of the ciphertext flipped
    expect(() => openSecret(`v1:${raw.toString('base64')}`)).toThrow();
    expect(openSecret('JBSWY3DPEHPK3PXP')).toBe('JBSWY3DPEHPK3PXP');
  });
});
