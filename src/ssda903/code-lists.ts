import { collectionYearLabel } from '../dates/index.ts';
import { CODE_LIST_DATA, type CodeEntry } from './code-list-data.ts';
import type { CodeListName } from './tables.ts';

export type { CodeEntry } from './code-list-data.ts';

/** The earliest collection year whose code lists we hold (2022/23); earlier years are read with these. */
export const FIRST_CODE_LIST_YEAR = 2023;
/** The latest collection year whose code lists we hold (2026/27); later years are read with these. */
export const LATEST_CODE_LIST_YEAR = 2027;

/** The year whose lists are used for `year`, and whether that is an assumption. */
export function codeListYear(year: number): { year: number; assumed: boolean } {
  if (year < FIRST_CODE_LIST_YEAR) return { year: FIRST_CODE_LIST_YEAR, assumed: true };
  if (year > LATEST_CODE_LIST_YEAR) return { year: LATEST_CODE_LIST_YEAR, assumed: true };
  return { year, assumed: false };
}

const inYear = (entry: CodeEntry, year: number) =>
  (entry.from === undefined || year >= entry.from) && (entry.to === undefined || year <= entry.to);

const cache = new Map<string, ReadonlySet<string>>();

/**
 * The codes valid in a collection year (years outside 2022/23 → 2026/27 use the nearest year's list).
 *
 * ### Example
 * ```ts
 * codeListFor('placementType', 2026).has('K3') // true
 * codeListFor('placementType', 2026).has('H5') // false
 * ```
 */
export function codeListFor(name: CodeListName, year: number): ReadonlySet<string> {
  const listYear = codeListYear(year).year;
  const key = `${name}:${listYear}`;
  let codes = cache.get(key);
  if (!codes) {
    codes = new Set(CODE_LIST_DATA[name].filter((e) => inYear(e, listYear)).map((e) => e.code));
    cache.set(key, codes);
  }
  return codes;
}

/** Whether `code` is in the named list for the collection year. `isValidCode('sex', '1', 2025)` is false. */
export function isValidCode(name: CodeListName, code: string, year: number): boolean {
  return codeListFor(name, year).has(code);
}

/** The label of a code in any year (`codeLabel('placementType', 'K2')` → "Children’s home"), or undefined. */
export function codeLabel(name: CodeListName, code: string): string | undefined {
  const entry = CODE_LIST_DATA[name].find((e) => e.code === code);
  return entry?.label || undefined;
}

/** The advice kept with a code that is valid only in some years, e.g. what replaced it. */
export function codeNote(name: CodeListName, code: string): string | undefined {
  return CODE_LIST_DATA[name].find((e) => e.code === code)?.note;
}

/** Code → label for a list, for the UI and CLI; with `year`, only the codes valid in that year. */
export function codeDescriptions(name: CodeListName, year?: number): Record<string, string> {
  const entries = CODE_LIST_DATA[name].filter(
    (e) => year === undefined || codeListFor(name, year).has(e.code),
  );
  return Object.fromEntries(entries.map((e) => [e.code, e.label]));
}

/** What a code list is called in messages: `"H5" is not a valid placement code in 2025/26`. */
export const CODE_LIST_NOUN: Record<CodeListName, string> = {
  sex: 'sex code',
  ethnicity: 'ethnicity code',
  reasonNewEpisode: 'reason for new episode',
  legalStatus: 'legal status code',
  categoryOfNeed: 'category of need code',
  placementType: 'placement code',
  placementProvider: 'placement provider code',
  reasonEpisodeCeased: 'reason episode ceased',
  reasonPlaceChange: 'reason for placement change',
  reviewCode: 'review participation code',
  missingKind: 'missing code',
  motherStatus: 'mother status code',
  yesNo: 'value (0 or 1)',
  inTouch: 'in-touch code',
  activity: 'activity code',
  accommodation: 'accommodation code',
  previousPermanence: 'previous permanence code',
  adopterSex: 'adopter sex code',
  adopterLegalStatus: 'adopter legal status code',
  reasonPlacedCeased: 'reason placement decision ceased',
  sdqReason: 'SDQ reason code',
  socialWorkerReason: 'social worker change reason',
};

/**
 * Why a code is not valid in a year, in plain English, for the bracket of a finding message:
 * `H5 was removed from 2025/26; use K3 for Ofsted-registered supported accommodation`,
 * `K3 is valid from 2024/25`, or the list of valid codes when the code was never in the list.
 */
export function whyNotValid(name: CodeListName, code: string, year: number): string {
  const entry = CODE_LIST_DATA[name].find((e) => e.code === code);
  if (!entry) return `expected one of ${[...codeListFor(name, year)].join(', ')}`;
  const note = entry.note ? `; ${entry.note}` : '';
  if (entry.to !== undefined && year > entry.to) {
    return `${code} was removed from ${collectionYearLabel(entry.to + 1)}${note}`;
  }
  if (entry.from !== undefined) return `${code} is valid from ${collectionYearLabel(entry.from)}${note}`;
  return `expected one of ${[...codeListFor(name, year)].join(', ')}`;
}
