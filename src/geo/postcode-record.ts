/** One postcode as the pack stores it: 7-character form, National Grid metres, ONS district code. */
export interface PostcodeRecord {
  postcode: string;
  easting: number;
  northing: number;
  district: string;
}

/** Inward code "9AA" as a number 0…6759 (digit × 676 + letter × 26 + letter); sorts like the text. */
export function inwardNumber(postcode: string, start: number): number {
  return (
    (postcode.charCodeAt(start) - 48) * 676 +
    (postcode.charCodeAt(start + 1) - 65) * 26 +
    (postcode.charCodeAt(start + 2) - 65)
  );
}

/** The three inward characters back from {@link inwardNumber}. */
export function inwardText(value: number): string {
  return String.fromCharCode(
    48 + Math.floor(value / 676),
    65 + (Math.floor(value / 26) % 26),
    65 + (value % 26),
  );
}
