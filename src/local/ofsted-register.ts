import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { closestName } from './closest-name.ts';
import { decodeLocalText } from './decode-local-text.ts';
import { type LocalFinding, localFinding } from './local-finding.ts';
import type { OfstedGrade, Provider, ProviderType } from './records.ts';

/** One setting from Ofsted's register of children's social care providers. */
export interface OfstedSetting {
  urn: string;
  name: string;
  type: ProviderType;
  places: number | null;
  localAuthority: string | null;
  postcodeDistrict: string | null;
  ofstedGrade: OfstedGrade | null;
}

export type OfstedRegisterResult =
  | { ok: true; settings: OfstedSetting[] }
  | { ok: false; findings: LocalFinding[] };

type Field =
  | 'urn'
  | 'type'
  | 'subtype'
  | 'name'
  | 'places'
  | 'localAuthority'
  | 'postcode'
  | 'district'
  | 'grade';

/**
 * Header names Ofsted's spreadsheets have used for each field (lower case, spaces single). The registers
 * change a little between releases, so several spellings are recognised.
 */
const HEADERS: Record<Field, string[]> = {
  urn: ['urn', 'unique reference number', 'provider urn'],
  type: ['provider type', 'provision type', 'setting type'],
  subtype: ['provider subtype', 'provider sub-type', 'subtype'],
  name: ['setting name', 'provider name', 'name'],
  places: ['places', 'number of places', 'registered places', 'number of registered places', 'maximum users'],
  localAuthority: ['local authority', 'local authority name', 'la', 'la name'],
  postcode: ['postcode', 'setting postcode', 'provider postcode'],
  district: ['postcode district', 'district'],
  grade: [
    'overall effectiveness',
    'latest full inspection overall effectiveness',
    'overall experiences and progress of children and young people',
    'inspection judgement',
  ],
};
const REQUIRED: Field[] = ['urn', 'type', 'name'];

const TYPES: [RegExp, ProviderType][] = [
  [/secure/i, 'secure'],
  [/fostering/i, 'ifa'],
  [/residential special school|residential school/i, 'residential-school'],
  [/supported accommodation/i, 'supported-accommodation'],
  [/family centre|parent and child/i, 'parent-and-child'],
  [/children.?s home/i, 'childrens-home'],
];

const GRADES: [RegExp, OfstedGrade][] = [
  [/^(1|outstanding)$/i, 'outstanding'],
  [/^(2|good)$/i, 'good'],
  [/^(3|requires improvement.*|adequate|satisfactory)$/i, 'requires-improvement'],
  [/^(4|inadequate)$/i, 'inadequate'],
  [/^(5|not (yet )?(inspected|judged)|no judgement|n\/a)$/i, 'not-yet-inspected'],
];

/**
 * Reads an Ofsted register (the .xlsx Ofsted publishes, or the same sheet as .csv): finds the header row
 * among the first 30 rows by its URN, provider type and setting name columns, and maps each row to a
 * setting (provider type and grade mapped to ours; a full postcode cut to its district). Problems are
 * findings as for local CSVs.
 */
export async function readOfstedRegister(bytes: Uint8Array, fileName: string): Promise<OfstedRegisterResult> {
  const rows = await sheetRows(bytes, fileName);
  if (!rows.ok) return { ok: false, findings: [rows.finding] };
  const at = { file: fileName, table: 'ofsted-register' };
  const headerIndex = rows.rows.slice(0, 30).findIndex((r) => columnsOf(r).urn !== undefined);
  const header = rows.rows[headerIndex];
  const columns = header ? columnsOf(header) : {};
  const missing = REQUIRED.filter((f) => columns[f] === undefined);
  if (!header || missing.length > 0) {
    const seen = (header ?? rows.rows[0] ?? []).map((c) => c.trim()).filter(Boolean);
    return {
      ok: false,
      findings: missing.map((field) => {
        const closest = closestName(HEADERS[field][0] as string, seen);
        return localFinding({
          ...at,
          code: 'missing-column',
          row: headerIndex >= 0 ? headerIndex + 1 : 1,
          column: HEADERS[field][0] as string,
          problem: 'column not found',
          expected: `a column named ${HEADERS[field].map((h) => `"${h}"`).join(' or ')}`,
          fix: closest
            ? `Rename column "${closest}" to "${HEADERS[field][0]}".`
            : 'Upload the provider-level sheet of the register.',
        });
      }),
    };
  }
  const settings: OfstedSetting[] = [];
  const findings: LocalFinding[] = [];
  for (let i = headerIndex + 1; i < rows.rows.length; i++) {
    const cells = rows.rows[i] as string[];
    const cell = (f: Field) => {
      const index = columns[f];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    if (cell('urn') === '') continue;
    const placesText = cell('places');
    const places = /^\d+$/.test(placesText) ? Number(placesText) : null;
    if (placesText !== '' && places === null) {
      findings.push(
        localFinding({
          ...at,
          code: 'invalid-number',
          row: i + 1,
          column: header[columns.places as number]?.trim() ?? 'places',
          value: placesText,
          problem: 'not a whole number',
          expected: 'a whole number of places',
          fix: 'Check this row of the register: places should be digits.',
        }),
      );
      continue;
    }
    const gradeText = cell('grade');
    settings.push({
      urn: cell('urn').toUpperCase(),
      name: cell('name'),
      type: providerType(cell('type'), cell('subtype')),
      places,
      localAuthority: cell('localAuthority') || null,
      postcodeDistrict: district(cell('district') || cell('postcode')),
      ofstedGrade: gradeText === '' ? null : (GRADES.find(([re]) => re.test(gradeText))?.[1] ?? null),
    });
  }
  return findings.length > 0 ? { ok: false, findings } : { ok: true, settings };
}

/** Ofsted's provider type (and subtype) as ours: secure and fostering first, since they name homes too. */
export function providerType(type: string, subtype = ''): ProviderType {
  const text = `${type} ${subtype}`;
  return TYPES.find(([re]) => re.test(text))?.[1] ?? 'other';
}

function district(text: string): string | null {
  const match = /^([A-Z]{1,2}[0-9][A-Z0-9]?)(\s*[0-9][A-Z]{2})?$/i.exec(text.trim());
  return match ? (match[1] as string).toUpperCase() : null;
}

function columnsOf(cells: string[]): Partial<Record<Field, number>> {
  const found: Partial<Record<Field, number>> = {};
  cells.forEach((raw, index) => {
    const name = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    for (const field of Object.keys(HEADERS) as Field[])
      if (found[field] === undefined && HEADERS[field].includes(name)) found[field] = index;
  });
  return found;
}

type SheetRows = { ok: true; rows: string[][] } | { ok: false; finding: LocalFinding };

/** The first worksheet of an .xlsx, or a CSV, as rows of trimmed text cells. */
async function sheetRows(bytes: Uint8Array, fileName: string): Promise<SheetRows> {
  const at = { file: fileName, table: 'ofsted-register' };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) {
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
      const sheet = workbook.worksheets.find((ws) => ws.rowCount > 1) ?? workbook.worksheets[0];
      const rows: string[][] = [];
      sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cells[col - 1] = cell.text ?? '';
        });
        rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
      });
      return { ok: true, rows: Array.from(rows, (r) => r ?? []) };
    } catch {
      return {
        ok: false,
        finding: localFinding({
          ...at,
          code: 'not-a-spreadsheet',
          problem: 'the .xlsx file cannot be opened',
          fix: 'Download the register again from Ofsted, or save it as CSV.',
        }),
      };
    }
  }
  const decoded = decodeLocalText(bytes);
  if (!decoded.ok)
    return {
      ok: false,
      finding: localFinding({ ...at, code: 'not-text', problem: decoded.problem, fix: decoded.fix }),
    };
  return { ok: true, rows: Papa.parse<string[]>(decoded.text, { skipEmptyLines: false }).data };
}

export interface ProviderRefresh {
  providers: Provider[];
  added: number;
  refreshed: number;
}

/**
 * The provider list refreshed from the register: a setting whose URN is already listed (as `urn` or as
 * `providerId`) has its grade and places replaced and everything else kept (the council's name, contract
 * basis and prices); a new URN is added as a spot provider with unknown prices. `localAuthorities` (names,
 * any case) keeps only settings in those areas. Providers not in the register are kept as they are.
 */
export function refreshProviders(
  current: readonly Provider[],
  settings: readonly OfstedSetting[],
  options: { localAuthorities?: readonly string[] } = {},
): ProviderRefresh {
  const areas = options.localAuthorities?.map((a) => a.trim().toLowerCase());
  const wanted = areas
    ? settings.filter((s) => s.localAuthority !== null && areas.includes(s.localAuthority.toLowerCase()))
    : settings;
  const byUrn = new Map(wanted.map((s) => [s.urn, s]));
  let refreshed = 0;
  const providers = current.map((p) => {
    const setting = byUrn.get(p.urn ?? '') ?? byUrn.get(p.providerId.toUpperCase());
    if (!setting) return p;
    byUrn.delete(setting.urn);
    refreshed++;
    return { ...p, urn: setting.urn, ofstedGrade: setting.ofstedGrade, places: setting.places ?? p.places };
  });
  const added = [...byUrn.values()].map(
    (s): Provider => ({
      providerId: s.urn,
      name: s.name,
      urn: s.urn,
      type: s.type,
      places: s.places,
      postcodeDistrict: s.postcodeDistrict,
      ofstedGrade: s.ofstedGrade,
      basis: 'spot',
      weeklyPriceFrom: null,
      weeklyPriceTo: null,
    }),
  );
  return { providers: [...providers, ...added], added: added.length, refreshed };
}
