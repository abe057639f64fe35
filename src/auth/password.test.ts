import { describe, expect, it } from 'vitest';
import { generateOneTimePassword, hashPassword, passwordProblem, verifyPassword } from './password.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the same password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
  });

  it('answers false for no stored hash (single-sign-on accounts, unknown users)', async () => {
    expect(await verifyPassword(null, 'anything')).toBe(false);
  });

  it('asks for 12 characters and no username inside', () => {
    expect(passwordProblem('short', 'ann')).toBe('Password must be at least 12 characters');
    expect(passwordProblem('my name is ANN ok', 'ann')).toBe('Password must not contain the username');
    expect(passwordProblem('a long new passphrase', 'ann')).toBeNull();
  });

  it('makes 20-character one-time passwords without look-alike characters', () => {
    const passwords = new Set(Array.from({ length: 50 }, generateOneTimePassword));
    expect(passwords.size).toBe(50);
    for (const p of passwords) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);
  });
});
