import { generateSecret, generateURI, verify } from 'otplib';

/** A new base32 TOTP secret and the otpauth:// URL an authenticator app reads (as a QR code or typed). */
export function newTotpSecret(username: string): { secret: string; otpauthUrl: string } {
  const secret = generateSecret();
  return { secret, otpauthUrl: generateURI({ issuer: 'Sufficiency', label: username, secret }) };
}

/** Whether a six-digit code is valid now for the secret, allowing one 30-second step of clock drift. */
export async function verifyTotp(secret: string, code: string, now = Date.now()): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    const result = await verify({ secret, token: code, epochTolerance: 30, epoch: Math.floor(now / 1000) });
    return result.valid;
  } catch {
    return false;
  }
}
