import { describe, expect, it } from 'vitest';
import { buildTimelines, placementOn } from '../../care/index.ts';
import { ageOn, birthday, censusDate } from '../../dates/index.ts';
import { readLocalCsv } from '../../local/index.ts';
import type { FosterHousehold } from '../../local/records.ts';
import type { CareLeaverRecord } from '../../ssda903/index.ts';
import { generateCouncil } from '../generate.ts';
import { syntheticReturnData } from '../return-data.ts';
import { TEST_PLACES } from '../test-places.ts';
import { generateLocalData } from './generate-local-data.ts';
import { leaverTypeOfAccommodation, postcodeDistrict, requestOutcomeOf } from './index.ts';
import { localDataFiles } from './local-data-files.ts';

// A small council: 150 children, returns 2022/23–2025/26 (local data from 1 April 2022 to 31 March 2026).
const small = { councilCode: 'E06000016', children: 150, years: 4, lastYear: 2026, seed: 5 };
const council = generateCouncil(small, TEST_PLACES);
const local = generateLocalData(council, { seed: 5, places: TEST_PLACES });
const timelines = buildTimelines(council.returns.map(syntheticReturnData), {
  councilCode: small.councilCode,
  locate: () => null,
  inArea: () => true,
});
const censuses = [2023, 2024, 2025, 2026].map(censusDate);
const AS_AT = censusDate(2026);
const children903 = new Set(
  council.returns.flatMap((r) => (r.tables.Header ?? []).map((h) => String(h.childId))),
);
const placementAt = (childId: string, start: number) =>
  timelines
    .find((t) => t.childId === childId)
    ?.periods.flatMap((p) => p.placements)
    .find((p) => p.start === start);
const approvedOn = (h: FosterHousehold, on: number) =>
  h.approved <= on && (h.deregistered === null || h.deregistered > on);

describe('generateLocalData: determinism', () => {
  it('gives deep-equal data for the same seed and different data for another', () => {
    expect(generateLocalData(council, { seed: 5, places: TEST_PLACES })).toEqual(local);
    const other = generateLocalData(council, { seed: 6, places: TEST_PLACES });
    expect(other.fosterHouseholds).not.toEqual(local.fosterHouseholds);
    // The 903 fixes which placements there are: the same cost rows by child and start.
    expect(other.placementCosts.map((c) => [c.childId, c.placementStart])).toEqual(
      local.placementCosts.map((c) => [c.childId, c.placementStart]),
    );
  });
});

describe('generateLocalData: as at an earlier date', () => {
  it('dates nothing after the as-at date but the pipeline homes, and budgets to the year after it', () => {
    const asAt = censusDate(2025);
    const early = generateLocalData(council, { seed: 5, places: TEST_PLACES, asAt });
    const dates = [
      ...early.fosterHouseholds.flatMap((h) => [h.approved, h.deregistered]),
      ...early.placementCosts.flatMap((c) => [c.placementStart, c.placementEnd]),
      ...early.placementRequests.map((r) => r.requested),
      ...early.careLeaverAccommodation.flatMap((l) => [l.start, l.end]),
      ...early.inHouseHomes.filter((h) => h.urn !== null).flatMap((h) => [h.opens, h.closes]),
    ].filter((d): d is number => d !== null);
    expect(Math.max(...dates)).toBeLessThanOrEqual(asAt);
    // Placements open on 31 March 2025 that end later in the returns are open (end blank) as at that day.
    expect(early.placementCosts.some((c) => c.placementEnd === null)).toBe(true);
    expect([...new Set(early.budget.map((b) => b.financialYear))]).toEqual([2022, 2023, 2024, 2025]);
  });
});

describe('generateLocalData: valid by the templates', () => {
  it('writes files the local-data reader accepts without a finding, on a council with injected 903 errors too', () => {
    const withErrors = generateCouncil({ ...small, seed: 8, errors: true }, TEST_PLACES);
    for (const data of [local, generateLocalData(withErrors, { seed: 8 })])
      for (const file of localDataFiles(data)) {
        const read = readLocalCsv(file.kind, file.bytes, { fileName: file.fileName });
        expect(read.ok ? [] : read.findings.slice(0, 3).map((f) => f.message)).toEqual([]);
      }
  });
});

describe('generateLocalData: consistent with the 903', () => {
  it('prices every placement in the years: the child is in the 903 and the placement in its timeline', () => {
    expect(local.placementCosts.length).toBeGreaterThan(300);
    const providers = new Set(local.providers.map((p) => p.providerId));
    for (const c of local.placementCosts) {
      expect(children903.has(c.childId)).toBe(true);
      const placement = placementAt(c.childId, c.placementStart);
      expect(placement).toBeDefined();
      // External placements (PR2–PR5) name a provider in the market; in-house ones none.
      if (placement?.provider === 'PR1') expect(c.providerId).toBeNull();
      if (
        ['PR2', 'PR3', 'PR4', 'PR5'].includes(placement?.provider ?? '') &&
        placement?.category !== 'adoption'
      )
        expect(providers.has(c.providerId ?? '')).toBe(true);
      expect(c.socialCareShare + c.healthShare + c.educationShare).toBeCloseTo(1, 9);
    }
  });

  it('gives every external children’s home, IFA and supported URN in the 903 a provider with that URN', () => {
    const urns = new Set(local.providers.map((p) => p.urn));
    for (const t of timelines)
      for (const p of t.periods.flatMap((x) => x.placements)) {
        const inYears = p.end === null || p.end > censusDate(2022);
        const external = ['fostering-ifa', 'residential-external', 'supported'].includes(p.category);
        if (inYears && external && p.provider !== 'PR1' && p.urn && p.urn !== 'XXXXXXX')
          expect(urns.has(p.urn)).toBe(true);
      }
  });

  it('keeps in-house fostering within the carers’ usable places on each 31 March, at 60–100% occupancy', () => {
    for (const on of censuses) {
      // Children with the council's own foster carers (U1–U6 with PR1) on the day, from the timelines.
      const placed = timelines.filter((t) => {
        const p = placementOn(t, on);
        return (
          p?.provider === 'PR1' && (p.category === 'fostering-in-house' || p.category === 'fostering-kinship')
        );
      }).length;
      const usable = local.fosterHouseholds
        .filter((h) => approvedOn(h, on))
        .reduce((sum, h) => sum + (h.usablePlaces ?? h.approvedPlaces), 0);
      expect(placed).toBeGreaterThan(0);
      expect(placed).toBeLessThanOrEqual(usable);
      expect(placed / usable).toBeGreaterThan(0.6);
    }
  });

  it('has an ageing register: approvals before deregistrations, most carers over 45, older carers leaving more', () => {
    for (const h of local.fosterHouseholds) {
      if (h.deregistered !== null) expect(h.deregistered).toBeGreaterThan(h.approved);
      expect(h.usablePlaces ?? h.approvedPlaces).toBeLessThanOrEqual(h.approvedPlaces);
      expect(h.ageFrom).toBeLessThanOrEqual(h.ageTo);
      expect(TEST_PLACES.homePostcodes.concat(TEST_PLACES.nearPostcodes).map(postcodeDistrict)).toContain(
        h.postcodeDistrict,
      );
    }
    const onCensus = local.fosterHouseholds.filter((h) => approvedOn(h, AS_AT));
    const ages = onCensus.map((h) => (h.carerAgeAtApproval ?? 0) + (AS_AT - h.approved) / 365.25);
    expect(ages.filter((a) => a > 45).length / ages.length).toBeGreaterThan(0.6);
    expect(new Set(local.fosterHouseholds.map((h) => h.approvalType))).toContain('kinship');
    expect(local.fosterHouseholds.filter((h) => h.approvalType === 'mainstream').length).toBeGreaterThan(
      local.fosterHouseholds.filter((h) => h.approvalType === 'enhanced').length,
    );
  });

  it('sizes the council’s homes to its in-house residential placements; one closed, one or two in the pipeline', () => {
    const open = local.inHouseHomes.filter((h) => h.urn !== null && h.closes === null);
    for (const home of open)
      for (const on of censuses) {
        const inHome = timelines.filter((t) => {
          const p = placementOn(t, on);
          return p?.provider === 'PR1' && p.urn === home.urn;
        }).length;
        expect(inHome).toBeLessThanOrEqual(home.beds);
      }
    expect(local.inHouseHomes.filter((h) => h.closes !== null)).toHaveLength(1);
    const pipeline = local.inHouseHomes.filter((h) => h.opens > AS_AT);
    expect(pipeline.length).toBeGreaterThanOrEqual(1);
    expect(pipeline.length).toBeLessThanOrEqual(2);
    expect(pipeline.every((h) => h.urn === null)).toBe(true);
  });

  it('records each met request with the outcome of where the child went, placed daysToPlace later', () => {
    const basis = new Map(local.providers.map((p) => [p.providerId, p]));
    const costOf = new Map(local.placementCosts.map((c) => [`${c.childId}/${c.placementStart}`, c]));
    const met = local.placementRequests.filter((r) => r.outcome !== 'not-found');
    expect(met.length).toBeGreaterThan(100);
    for (const r of met) {
      const start = r.requested + (r.daysToPlace ?? Number.NaN);
      const placement = placementAt(r.childId ?? '', start);
      expect(placement).toBeDefined();
      const provider = basis.get(costOf.get(`${r.childId}/${start}`)?.providerId ?? '');
      expect(r.outcome).toBe(requestOutcomeOf({ provider: placement?.provider ?? null }, provider));
      if (r.outcome === 'in-house') expect(placement?.provider).toBe('PR1');
      if (r.outcome === 'external-framework') expect(['framework', 'block']).toContain(provider?.basis);
    }
    const notFound = local.placementRequests.filter((r) => r.outcome === 'not-found');
    // About 8% more than the met ones, none placed.
    expect(notFound.length).toBe(Math.round(met.length * 0.08));
    expect(notFound.every((r) => r.daysToPlace === null)).toBe(true);
  });

  it('houses care leavers as OC3 says on each 19th–21st birthday', () => {
    let checked = 0;
    for (const r of council.returns)
      for (const row of (r.tables.OC3 ?? []) as unknown as CareLeaverRecord[]) {
        const on = birthday(row.dob, ageOn(row.dob, censusDate(r.collectionYear)));
        const spell = local.careLeaverAccommodation.find(
          (s) => s.childId === row.childId && s.start <= on && (s.end === null || s.end > on),
        );
        expect(spell?.type).toBe(leaverTypeOfAccommodation(row.accommodation));
        checked++;
      }
    expect(checked).toBeGreaterThan(20);
  });

  it('sets a budget for every category in each return’s financial year and the year after', () => {
    const years = [...new Set(local.budget.map((b) => b.financialYear))];
    // Returns 2022/23–2025/26 are financial years 2022–2025; 2026 is the year in hand.
    expect(years).toEqual([2022, 2023, 2024, 2025, 2026]);
    for (const y of years) expect(local.budget.filter((b) => b.financialYear === y)).toHaveLength(5);
    expect(local.budget.every((b) => b.amount >= 0)).toBe(true);
  });
});
