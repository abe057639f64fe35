import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Secrets the server must read back (TOTP keys) are sealed with AES-256-GCM before they reach the database,
 * so a copy of the database alone does not give away anyone's second factor. The key comes from
 * `SUFFICIENCY_SECRET_KEY` (32 bytes, base64) or a key file (`SUFFICIENCY_SECRET_KEY_FILE`, default
 * `./data/secret.key`), created with mode 0600 on first use. Keep the key out of database backups.
 */
const PREFIX = 'v1:';

let cachedKey: Buffer | null = null;

function secretKey(): Buffer {
  if (cachedKey) return cachedKey;
  const fromEnv = process.env.SUFFICIENCY_SECRET_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== 32) throw new Error('SUFFICIENCY_SECRET_KEY must be 32 bytes, base64-encoded');
    cachedKey = key;
    return key;
  }
  const file = resolve(process.env.SUFFICIENCY_SECRET_KEY_FILE ?? 'data/secret.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file}: not a 32-byte base64 key`);
  cachedKey = key;
  return key;
}

/** Seals a secret for storage: `v1:` + base64(iv ‖ tag ‖ ciphertext). */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secretKey(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Opens a sealed secret; a value stored before sealing existed is returned as it is. Throws if tampered. */
export function openSecret(stored: string): string {
  if (!stored.startsWith(PREFIX)) return stored;
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', secretKey(), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
