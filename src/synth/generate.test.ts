import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addYears, collectionYearBounds } from '../dates/index.ts';
import { isValidCode, TABLES, type TableName, type TableRecord } from '../ssda903/index.ts';
import { generateCouncil } from './generate.ts';
import { TEST_PLACES } from './test-places.ts';
import { writeCouncil } from './write-council.ts';

const small = { councilCode: 'E06000016', children: 150, years: 4, lastYear: 2026, seed: 5, futureYears: 1 };
const council = generateCouncil(small, TEST_PLACES);
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function written(c: typeof council): Promise<Map<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'synth-'));
  dirs.push(dir);
  const files = await writeCouncil(c, dir);
  const out = new Map<string, string>();
  for (const f of files) out.set(relative(dir, f), await readFile(f, 'utf8'));
  return out;
}

const byChild = (rows: TableRecord[]) => {
  const m = new Map<string, TableRecord[]>();
  for (const r of rows) m.set(String(r.childId), [...(m.get(String(r.childId)) ?? []), r]);
  return m;
};

describe('generateCouncil: shape and determinism', () => {
  it('writes every table for every year, truth apart, and the same bytes for the same seed', async () => {
    const a = await written(council);
    const b = await written(generateCouncil(small, TEST_PLACES));
    expect([...a.keys()]).toContain('2023/episodes.csv');
    expect([...a.keys()]).toContain('truth/2027/dolo.csv');
    // SWEpisodes from 2023/24 (2024), DoLo from 2026/27 (2027): 2023 has 10 tables, 2024–2026 11, 2027 12.
    expect([...a.keys()].filter((k) => k.startsWith('2023/'))).toHaveLength(10);
    expect([...a.keys()].filter((k) => k.startsWith('2026/'))).toHaveLength(11);
    expect([...a.keys()].filter((k) => k.startsWith('truth/2027/'))).toHaveLength(12);
    expect(b).toEqual(a);
    const other = await written(generateCouncil({ ...small, seed: 6 }, TEST_PLACES));
    expect(other.get('2026/episodes.csv')).not.toEqual(a.get('2026/episodes.csv'));
  });

  it('writes SEX as 1/2 up to 2023/24 and M/F from 2024/25', async () => {
    const files = await written(council);
    const sexes = (year: number) =>
      new Set(
        files
          .get(`${year}/header.csv`)
          ?.trim()
          .split('\n')
          .slice(1)
          .map((l) => l.split(',')[1]),
      );
    expect(sexes(2024)).toEqual(new Set(['1', '2']));
    expect(sexes(2025)).toEqual(new Set(['M', 'F']));
  });
});

describe('generateCouncil: each return is a consistent 903 return', () => {
  for (const r of [...council.returns, ...council.truth]) {
    const year = r.collectionYear;
    const { start: s, end: e } = collectionYearBounds(year);
    it(`${year}: episodes are contiguous per child, gaps only between periods, none overlap`, () => {
      for (const [child, eps] of byChild(r.tables.Episodes ?? [])) {
        eps.sort((x, y) => Number(x.start) - Number(y.start));
        eps.forEach((ep, i) => {
          expect(ep.end === null || Number(ep.end) > Number(ep.start), child).toBe(true);
          expect(ep.end === null || Number(ep.end) <= e).toBe(true);
          expect(ep.end === null || Number(ep.end) >= s).toBe(true);
          expect(ep.end === null).toBe(ep.reasonEnded === null);
          const next = eps[i + 1];
          if (!next) return;
          expect(ep.end, `${child} has an open episode before another`).not.toBeNull();
          expect(Number(ep.end)).toBeLessThanOrEqual(Number(next.start));
          if (ep.end === next.start) {
            expect(ep.reasonEnded).toBe('X1');
            expect(next.reasonNewEpisode).not.toBe('S');
          } else {
            expect(ep.reasonEnded).not.toBe('X1');
            expect(next.reasonNewEpisode).toBe('S');
          }
        });
      }
    });

    it(`${year}: every code is valid for the year`, () => {
      for (const [table, rows] of Object.entries(r.tables) as [TableName, TableRecord[]][]) {
        for (const spec of TABLES[table].columns) {
          if (spec.kind !== 'code' || !spec.codeList || spec.codeList === 'sex') continue;
          for (const row of rows) {
            const v = row[spec.field];
            if (v === null || v === undefined) continue;
            expect(
              isValidCode(spec.codeList, String(v), year),
              `${table}.${spec.column} ${v} in ${year}`,
            ).toBe(true);
          }
        }
      }
    });

    it(`${year}: headers, UASC, OC3 and adoption rows agree with the episodes`, () => {
      const headers = new Set((r.tables.Header ?? []).map((h) => h.childId));
      for (const ep of r.tables.Episodes ?? []) expect(headers.has(ep.childId)).toBe(true);
      for (const oc3 of r.tables.OC3 ?? []) expect(headers.has(oc3.childId)).toBe(true);
      const dob = new Map((r.tables.Header ?? []).map((h) => [h.childId, Number(h.dob)]));
      for (const u of r.tables.UASC ?? []) {
        // DUC is the 18th birthday once it has passed, blank before.
        const eighteen = addYears(dob.get(u.childId) as number, 18);
        expect(u.uascCeased).toBe(eighteen <= e ? eighteen : null);
      }
      const adopted = new Set(
        (r.tables.Episodes ?? [])
          .filter((x) => x.reasonEnded === 'E11' || x.reasonEnded === 'E12')
          .map((x) => x.childId),
      );
      expect(new Set((r.tables.AD1 ?? []).map((a) => a.childId))).toEqual(adopted);
    });
  }
});

describe('generateCouncil: calibration (1,000 children, 5 years)', () => {
  const big = generateCouncil(
    { councilCode: 'E06000016', children: 1000, years: 5, lastYear: 2026, seed: 11 },
    TEST_PLACES,
  );
  const at31March = big.returns.map((r) => {
    const open = (r.tables.Episodes ?? []).filter(
      (x) => x.end === null && x.legalStatus !== 'V3' && x.legalStatus !== 'V4',
    );
    const header = new Map((r.tables.Header ?? []).map((h) => [h.childId, h]));
    const uasc = new Map((r.tables.UASC ?? []).map((u) => [u.childId, u]));
    return { year: r.collectionYear, open, header, uasc };
  });
  const share = (f: (x: TableRecord, c: (typeof at31March)[number]) => boolean) => {
    let hit = 0;
    let all = 0;
    for (const c of at31March) for (const x of c.open) [hit, all] = [hit + (f(x, c) ? 1 : 0), all + 1];
    return hit / all;
  };
  const code = (x: TableRecord) => String(x.placementType);

  it('starts at the target stock (the first census is exact by construction, so 2021/22 is close)', () => {
    expect(Math.abs((at31March[0]?.open.length ?? 0) - 1000)).toBeLessThan(80);
  });

  // Tolerances: one census of 1,000 children has a binomial sd of √(p(1−p)/1000) — 1.4 points at 28%,
  // 0.9 at 10%, 0.5 at 2.5% — and the five censuses share most children, so averaging them barely
  // helps. We allow ~3 sd: 4 points for shares over 10%, 2.5 below, 1.5 for adoption.
  it.each([
    [
      'in-house fostering',
      0.279,
      0.04,
      (x: TableRecord) => ['U4', 'U5', 'U6'].includes(code(x)) && x.provider === 'PR1',
    ],
    ['IFA', 0.248, 0.04, (x: TableRecord) => ['U4', 'U5', 'U6'].includes(code(x)) && x.provider !== 'PR1'],
    ['kinship', 0.156, 0.04, (x: TableRecord) => ['U1', 'U2', 'U3'].includes(code(x))],
    ['children’s homes', 0.114, 0.04, (x: TableRecord) => code(x) === 'K2'],
    ['supported', 0.098, 0.025, (x: TableRecord) => ['K3', 'H5', 'P2'].includes(code(x))],
    ['with parents', 0.06, 0.025, (x: TableRecord) => code(x) === 'P1'],
    ['placed for adoption', 0.025, 0.015, (x: TableRecord) => code(x).startsWith('A')],
  ] as const)('placement mix at 31 March: %s ≈ %d', (_name, target, tolerance, test) => {
    expect(Math.abs(share(test) - target)).toBeLessThan(tolerance);
  });

  it('UASC ≈ 8% and male ≈ 56% of children at 31 March', () => {
    // UASC: sd at 8% ≈ 0.9 points → 2.5 allowed. Male: sd ≈ 1.6 points → 4 allowed.
    const uasc = share((x, c) => {
      const u = c.uasc.get(x.childId);
      return u !== undefined && u.uascCeased === null;
    });
    expect(Math.abs(uasc - 0.08)).toBeLessThan(0.025);
    expect(Math.abs(share((x, c) => c.header.get(x.childId)?.sex === 'M') - 0.56)).toBeLessThan(0.04);
  });

  it('uses K3 only from 2024/25 and no H5, P2 or Z1 from 2025/26', () => {
    for (const c of at31March) {
      const codes = new Set(c.open.map(code));
      if (c.year < 2025) expect(codes.has('K3')).toBe(false);
      if (c.year >= 2026) for (const old of ['H5', 'P2', 'Z1']) expect(codes.has(old)).toBe(false);
    }
  });
});

describe('generateCouncil: growth', () => {
  it('grows the 31 March stock by about 4% a year when asked', () => {
    // 1,000 children growing 4% a year → ~1,217 after 5 years. Each census has ~3% Poisson noise, so the
    // yearly rate fitted over 6 censuses scatters by about ±1 point (six seeds gave 3.6–6.1%, mean 4.6%);
    // we allow 2.5 points.
    const grown = generateCouncil(
      { councilCode: 'E06000016', children: 1000, years: 5, seed: 21, growth: 0.04 },
      TEST_PLACES,
    );
    const stock = grown.returns.map(
      (r) =>
        (r.tables.Episodes ?? []).filter(
          (x) => x.end === null && !['V3', 'V4'].includes(String(x.legalStatus)),
        ).length,
    );
    // Least-squares slope of log(stock) on years 0–5, where year 0 is the exact 1,000 at 31 March 2021.
    const ys = [1000, ...stock].map(Math.log);
    const ybar = ys.reduce((a, b) => a + b, 0) / ys.length;
    const slope =
      ys.reduce((a, y, x) => a + (x - 2.5) * (y - ybar), 0) / ys.reduce((a, _y, x) => a + (x - 2.5) ** 2, 0);
    expect(Math.abs(Math.exp(slope) - 1 - 0.04)).toBeLessThan(0.025);
  });
});

describe('generateCouncil: errors option', () => {
  it('injects the known errors only when asked', () => {
    const clean = generateCouncil(small, TEST_PLACES).returns.at(-1)?.tables.Episodes ?? [];
    const dirty =
      generateCouncil({ ...small, errors: true }, TEST_PLACES).returns.at(-1)?.tables.Episodes ?? [];
    expect(dirty).toHaveLength(clean.length);
    // 2025/26: one U6 becomes H5 (removed that year) and one closed episode ends the day before it starts.
    expect(clean.some((e) => e.placementType === 'H5')).toBe(false);
    expect(dirty.filter((e) => e.placementType === 'H5')).toHaveLength(1);
    expect(dirty.filter((e) => e.end !== null && Number(e.end) < Number(e.start))).toHaveLength(1);
    expect(clean.filter((e) => e.end !== null && Number(e.end) < Number(e.start))).toHaveLength(0);
  });
});
