import type { CodeOption } from './template-column.ts';

/** Ofsted's overall effectiveness grades (homes and providers). */
export const OFSTED_GRADES: readonly CodeOption[] = [
  { code: 'outstanding', label: 'Outstanding' },
  { code: 'good', label: 'Good' },
  { code: 'requires-improvement', label: 'Requires improvement to be good' },
  { code: 'inadequate', label: 'Inadequate' },
  { code: 'not-yet-inspected', label: 'Not yet inspected' },
];

/** Every code and label normalised for matching: lower case, apostrophes dropped, spaces and _ as -. */
export function normaliseCode(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[\s_]+/g, '-');
}

/**
 * The code a cell means: the code itself in any case, with `_` or spaces for `-`, or its label
 * (`Short breaks` → `short-breaks`); null when it is none of them.
 */
export function matchCode(codes: readonly CodeOption[], text: string): string | null {
  const wanted = normaliseCode(text);
  for (const option of codes) {
    if (option.code === wanted || normaliseCode(option.label) === wanted) return option.code;
  }
  return null;
}
