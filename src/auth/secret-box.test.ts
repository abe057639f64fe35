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
    const sealed = sealSecret('JBSWY3DPEHPK3PXP');
    const last = sealed.at(-2) === 'A' ? 'B' : 'A';
    expect(() => openSecret(`${sealed.slice(0, -2)}${last}${sealed.at(-1)}`)).toThrow();
    expect(openSecret('JBSWY3DPEHPK3PXP')).toBe('JBSWY3DPEHPK3PXP');
  });
});
