import { generateSecret, generateURI, verify } from 'otplib';

/** A new base32 TOTP secret and the otpauth:// URL an authenticator app reads (as a QR code or typed). */
export function newTotpSecret(username: string): { secret: string; otpauthUrl: string } {
  const secret = generateSecret();
  return { secret, otpauthUrl: generateURI({ issuer: 'Sufficiency', label: username, secret }) };
}

/** Whether a six-digit code is valid now for the secret, allowing one 30-second step of clock drift. */
export async function verifyTotp(secret: string, code: string, now = Date.now()): Promise<boolean> {
  return (await totpStep(secret, code, now)) !== null;
}

/**
 * The 30-second time step a valid code belongs to (allowing one step of clock drift), or null when the code
 * is not valid. Sign-in keeps the last step used, so the same code cannot be used twice.
 */
export async function totpStep(secret: string, code: string, now = Date.now()): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = await verify({ secret, token: code, epochTolerance: 30, epoch: Math.floor(now / 1000) });
    if (!result.valid) return null;
    const delta = 'delta' in result && typeof result.delta === 'number' ? result.delta : 0;
    return Math.floor(now / 1000 / 30) + delta;
  } catch {
    return null;
  }
}
