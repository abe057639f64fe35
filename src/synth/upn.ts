const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * A unique pupil number: a check letter then 12 digits (LA number, establishment, year, serial).
 * The check letter is DfE's: the digits weighted by their position (2–13), summed, modulo 23.
 *
 * ### Example
 * ```ts
 * upnCheckLetter('801200001001') // 'H': 8·2 + 1·4 + 2·5 + 1·10 + 1·13 = 53, 53 mod 23 = 7 → H
 * ```
 */
export function upnCheckLetter(digits12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (digits12.charCodeAt(i) - 48) * (i + 2);
  return CHECK_LETTERS[sum % 23] as string;
}

export function makeUpn(
  laNumber: string,
  establishment: number,
  yearOfEntry: number,
  serial: number,
): string {
  const digits =
    laNumber.padStart(3, '0').slice(-3) +
    String(establishment).padStart(4, '0').slice(-4) +
    String(yearOfEntry % 100).padStart(2, '0') +
    String(serial).padStart(3, '0').slice(-3);
  return upnCheckLetter(digits) + digits;
}
