/** Outward codes: A9, A99, AA9, AA99, A9A, AA9A; plus the non-geographic GIR and the old Newport NPT. */
const OUTWARD = /^(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR|NPT)$/;
const INWARD = /^[0-9][A-Z]{2}$/;

/**
 * The fixed-width 7-character form ONSPD uses (outward code padded to 4, then the inward code), or
 * null when the text is not postcode-shaped. Case and any spacing are ignored.
 *
 * ### Example
 * ```ts
 * normalisePostcode(' le2 0aa ') // 'LE2 0AA'
 * normalisePostcode('b11aa')     // 'B1  1AA'
 * normalisePostcode('SW1A1AA')   // 'SW1A1AA'
 * normalisePostcode('hello')     // null
 * ```
 */
export function normalisePostcode(text: string): string | null {
  // Fast path: already in the 7-character form (the usual case for stored data).
  if (text.length === 7 && isCompactForm(text)) return text;
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5 || compact.length > 7) return null;
  const outward = compact.slice(0, -3);
  const inward = compact.slice(-3);
  if (!OUTWARD.test(outward) || !INWARD.test(inward)) return null;
  return outward.padEnd(4, ' ') + inward;
}

function isCompactForm(text: string): boolean {
  const outward = text.slice(0, 4).trimEnd();
  return text.slice(outward.length, 4).trim() === '' && OUTWARD.test(outward) && INWARD.test(text.slice(4));
}
