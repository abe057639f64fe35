/**
 * The fixed-width 7-character form ONSPD uses (outward code padded to 4, then the inward code), or
 * null when the text is not postcode-shaped. Case and any spacing are ignored. Outward codes may be
 * A9, A99, AA9, AA99, A9A, AA9A, or the non-geographic GIR and old Newport NPT.
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
  // Hand-rolled rather than regular expressions: this runs millions of times in a national import.
  if (text.length === 7 && isSevenCharacterForm(text)) return text;
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) continue;
    if (compact.length === 7) return null;
    compact += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : text[i];
  }
  const n = compact.length;
  if (n < 5 || !isInward(compact, n - 3) || !isOutward(compact, n - 3)) return null;
  return n === 7 ? compact : compact.slice(0, n - 3) + (n === 6 ? ' ' : '  ') + compact.slice(n - 3);
}

function isSevenCharacterForm(text: string): boolean {
  let length = 4;
  while (length > 2 && text.charCodeAt(length - 1) === 32) length--;
  for (let i = length; i < 4; i++) if (text.charCodeAt(i) !== 32) return false;
  return isInward(text, 4) && isOutward(text, length);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Digit, letter, letter at `start`. */
function isInward(text: string, start: number): boolean {
  return (
    isDigit(text.charCodeAt(start)) &&
    isLetter(text.charCodeAt(start + 1)) &&
    isLetter(text.charCodeAt(start + 2))
  );
}

/** A9, A99, A9A, AA9, AA99, AA9A, GIR or NPT as the first `length` characters. */
function isOutward(text: string, length: number): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (!isLetter(a)) return false;
  if (length === 2) return isDigit(b);
  const c = text.charCodeAt(2);
  if (length === 3) {
    const special = text.startsWith('GIR') || text.startsWith('NPT');
    return special || (isDigit(b) && (isDigit(c) || isLetter(c))) || (isLetter(b) && isDigit(c));
  }
  const d = text.charCodeAt(3);
  return length === 4 && isLetter(b) && isDigit(c) && (isDigit(d) || isLetter(d));
}
