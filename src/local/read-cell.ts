import { parseUkDate } from '../dates/index.ts';
import { closestName } from './closest-name.ts';
import { matchCode } from './templates/code-options.ts';
import { type CellSpec, describeCell } from './templates/template-column.ts';

export type CellValue = string | number | boolean | null;

export type CellReading =
  | { ok: true; value: CellValue }
  | { ok: false; code: string; problem: string; expected: string; fix: string };

const ID = /^[A-Za-z0-9][A-Za-z0-9\-_/.]{0,49}$/;
const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DISTRICT = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;
const FULL_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/;
const URN = /^(SC|EY)?[0-9]{6,7}$/;
const TRUE = new Set(['yes', 'y', 'true', '1']);
const FALSE = new Set(['no', 'n', 'false', '0']);
// Dates before this are typing slips (01/01/0024); the latest allows planned homes decades ahead.
const FIRST_DAY = Date.UTC(1900, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2100, 11, 31) / 86_400_000;

/**
 * Reads one cell (already trimmed) by its column's spec. Blank is null; whether null is allowed is the
 * caller's business (required columns).
 *
 * ### Example
 * ```ts
 * readCell({ type: 'number', unit: 'pounds', min: 0, max: 1e5 }, '£1,250.50') // { ok: true, value: 1250.5 }
 * ```
 */
export function readCell(spec: CellSpec, text: string): CellReading {
  if (text === '') return { ok: true, value: null };
  const bad = (code: string, problem: string, fix: string): CellReading => ({
    ok: false,
    code,
    problem,
    expected: describeCell(spec),
    fix,
  });
  switch (spec.type) {
    case 'id':
      return ID.test(text)
        ? { ok: true, value: text }
        : bad('invalid-id', 'not a valid identifier', 'Use letters, digits, - _ / or . only, at most 50.');
    case 'text':
      return text.length <= spec.maxLength
        ? { ok: true, value: text }
        : bad('text-too-long', `text of ${text.length} characters`, `Shorten it to ${spec.maxLength}.`);
    case 'integer': {
      if (!INTEGER.test(text))
        return bad('invalid-number', 'not a whole number', 'Write the number in digits, e.g. 2.');
      return inRange(spec, Number(text), bad);
    }
    case 'number': {
      const n = readNumber(text, spec.unit === 'share');
      if (n === null)
        return bad(
          'invalid-number',
          'not a number',
          spec.unit === 'share'
            ? 'Write a fraction such as 0.25.'
            : 'Write digits with a decimal point, e.g. 1250.50.',
        );
      return inRange(spec, n, bad);
    }
    case 'date': {
      const d = parseUkDate(text);
      if (d === null)
        return bad('invalid-date', 'invalid date', 'Write the date as dd/mm/yyyy, e.g. 05/04/2024.');
      if (d < FIRST_DAY || d > LAST_DAY)
        return bad('date-out-of-range', 'date out of range', 'Check the year: from 1900 to 2100.');
      return { ok: true, value: d };
    }
    case 'boolean': {
      const word = text.toLowerCase();
      if (TRUE.has(word)) return { ok: true, value: true };
      if (FALSE.has(word)) return { ok: true, value: false };
      return bad('invalid-boolean', 'not yes or no', 'Write yes or no.');
    }
    case 'code': {
      const code = matchCode(spec.codes, text);
      if (code !== null) return { ok: true, value: code };
      const near = closestName(
        text,
        spec.codes.map((c) => c.code),
      );
      return bad(
        'unknown-code',
        'not an allowed value',
        near
          ? `Did you mean ${near}? Use one of the listed codes.`
          : 'Use one of the codes listed on the schema page.',
      );
    }
    case 'postcode-district': {
      const upper = text.toUpperCase();
      if (DISTRICT.test(upper)) return { ok: true, value: upper };
      if (FULL_POSTCODE.test(upper))
        return bad(
          'full-postcode',
          'a full postcode',
          'Give only the district, the part before the space (e.g. LE4): addresses are not held.',
        );
      return bad('invalid-postcode-district', 'not a postcode district', 'Write a district such as LE4.');
    }
    case 'urn': {
      const upper = text.toUpperCase();
      return URN.test(upper)
        ? { ok: true, value: upper }
        : bad('invalid-urn', 'not an Ofsted URN', "Copy the URN from the setting's Ofsted report page.");
    }
  }
}

function inRange(
  spec: { min: number; max: number },
  n: number,
  bad: (code: string, problem: string, fix: string) => CellReading,
): CellReading {
  if (n < spec.min || n > spec.max)
    return bad('out-of-range', 'out of range', `Give a value from ${spec.min} to ${spec.max}.`);
  return { ok: true, value: n };
}

/** A decimal number, with an optional £ and thousands commas; a share may be a percentage (50% → 0.5). */
function readNumber(text: string, share: boolean): number | null {
  let t = text.replace(/^£\s*/, '');
  let scale = 1;
  if (share && t.endsWith('%')) {
    t = t.slice(0, -1).trim();
    scale = 100;
  }
  if (GROUPED.test(t)) t = t.replaceAll(',', '');
  else if (!DECIMAL.test(t)) return null;
  const n = Number(t) / scale;
  return Number.isFinite(n) ? n : null;
}
