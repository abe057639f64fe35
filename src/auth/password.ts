import { randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Shortest password accepted when a user chooses one (NCSC: length over complexity rules). */
export const MIN_PASSWORD_LENGTH = 12;

/** An argon2id hash (the library's default algorithm; OWASP parameters: 19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

// A real hash of a random password: checking against it costs what a real check costs, so a wrong
// username takes as long as a wrong password.
let decoy: Promise<string> | null = null;

/** Checks a password against a stored hash; with no hash, spends the same time and returns false. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    decoy ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** A problem with a chosen password, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 200) return 'Password must be at most 200 characters';
  if (password.toLowerCase().includes(username.toLowerCase()))
    return 'Password must not contain the username';
  return null;
}

// No 0/O, 1/l/I: the password is read off a screen and typed once.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random one-time password (20 characters, ~115 bits) for a new account or a reset. */
export function generateOneTimePassword(): string {
  return Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
