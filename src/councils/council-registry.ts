import { day } from '../dates/index.ts';
import type { Council, FormerCouncil } from './council.ts';
import { COUNCIL_ROWS, FORMER_COUNCIL_ROWS, RECODED_COUNCILS } from './council-table.ts';
import { councilOfDistrict, districtLookup } from './district-lookup.ts';

let current: readonly Council[] | null = null;
let former: readonly FormerCouncil[] | null = null;

function currentCouncils(): readonly Council[] {
  current ??= COUNCIL_ROWS.map(([code, dfeNumber, name, region]) => ({
    code,
    dfeNumber,
    name,
    region,
    districts: [...(districtLookup().districtsOf.get(code) ?? [])],
  }));
  return current;
}

function abolishedCouncils(): readonly FormerCouncil[] {
  former ??= FORMER_COUNCIL_ROWS.map((row) => {
    const [year, month, dayOfMonth] = row.abolishedAfter;
    return {
      ...row,
      districts: [...row.districts],
      successors: [...row.successors],
      abolishedAfter: day(year, month, dayOfMonth),
    };
  });
  return former;
}

/**
 * The 153 English councils with children's services today, sorted by ONS code. Fresh copies: callers
 * may change what they get without touching the registry.
 */
export function allCouncils(): Council[] {
  return currentCouncils().map(copyCouncil);
}

/** Councils abolished since 2019 (Cumbria, the North Yorkshire and Somerset county councils, …). */
export function formerCouncils(): FormerCouncil[] {
  return abolishedCouncils().map((c) => ({
    ...copyCouncil(c),
    abolishedAfter: c.abolishedAfter,
    successors: [...c.successors],
  }));
}

function copyCouncil<C extends Council>(c: C): C {
  return { ...c, districts: [...c.districts] };
}

/**
 * A council by ONS code, DfE LA number or exact name, ignoring case and spaces. Today's councils win
 * over former ones sharing a number (815 is the North Yorkshire unitary, not the county council);
 * an old code of a re-coded council (Barnsley E08000016) finds the council.
 *
 * ### Example
 * ```ts
 * findCouncil('856')?.name               // 'Leicester'
 * findCouncil(' e06000016 ')?.dfeNumber  // '856'
 * findCouncil('909')?.name               // 'Cumbria' (a FormerCouncil)
 * ```
 */
export function findCouncil(codeOrNumber: string): Council | null {
  const key = codeOrNumber.replace(/\s+/g, '').toUpperCase();
  if (key === '') return null;
  const code = RECODED_COUNCILS.get(key) ?? key;
  const matches = (c: Council) =>
    c.code === code || c.dfeNumber === key || c.name.replace(/\s+/g, '').toUpperCase() === key;
  const found = currentCouncils().find(matches);
  if (found) return copyCouncil(found);
  const gone = abolishedCouncils().find(matches);
  if (gone === undefined) return null;
  const copy: FormerCouncil = { ...copyCouncil(gone), successors: [...gone.successors] };
  return copy;
}

/**
 * Whether a district lies in a council's area: its own code for unitary, metropolitan and London
 * councils, any of its districts for a county. Districts abolished since count for today's council;
 * a former council's own districts count for it too.
 *
 * ### Example
 * ```ts
 * isInCouncilArea('E07000135', 'E10000018') // true: Oadby and Wigston is in Leicestershire
 * isInCouncilArea('E06000016', 'E10000018') // false: Leicester city is its own council
 * ```
 */
export function isInCouncilArea(district: string, councilCode: string): boolean {
  const owner = councilOfDistrict(district);
  if (owner !== null && owner === councilCode) return true;
  const code = councilCode.trim().toUpperCase();
  if (owner !== null && owner === (RECODED_COUNCILS.get(code) ?? code)) return true;
  const gone = abolishedCouncils().find((c) => c.code === code);
  return gone?.districts.includes(district.trim().toUpperCase()) ?? false;
}
