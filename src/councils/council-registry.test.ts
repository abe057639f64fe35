import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import { allCouncils, findCouncil, formerCouncils, isInCouncilArea } from './council-registry.ts';

describe('allCouncils', () => {
  const councils = allCouncils();

  it('lists the 153 councils with children’s services, each code and DfE number once', () => {
    expect(councils).toHaveLength(153);
    expect(new Set(councils.map((c) => c.code)).size).toBe(153);
    expect(new Set(councils.map((c) => c.dfeNumber)).size).toBe(153);
    expect(councils.every((c) => /^\d{3}$/.test(c.dfeNumber))).toBe(true);
  });

  it('counts councils per region as ONS does (2023 onwards)', () => {
    const perRegion = new Map<string, number>();
    for (const c of councils) perRegion.set(c.region, (perRegion.get(c.region) ?? 0) + 1);
    expect(Object.fromEntries(perRegion)).toEqual({
      'North East': 12,
      'North West': 24,
      'Yorkshire and The Humber': 15,
      'East Midlands': 10,
      'West Midlands': 14,
      'East of England': 11,
      London: 33,
      'South East': 19,
      'South West': 15,
    });
  });

  it('gives every council at least one district, and all 296 English districts exactly one council', () => {
    expect(councils.every((c) => c.districts.length > 0)).toBe(true);
    const districts = councils.flatMap((c) => c.districts);
    expect(districts).toHaveLength(296);
    expect(new Set(districts).size).toBe(296);
  });

  it('hands out copies', () => {
    councils[0]?.districts.push('X');
    expect(allCouncils()[0]?.districts).not.toContain('X');
  });
});

describe('findCouncil', () => {
  // DfE LA numbers checked against the source cited in council-table.ts.
  it.each([
    ['E06000016', '856', 'Leicester', 'East Midlands'],
    ['E06000001', '805', 'Hartlepool', 'North East'],
    ['E08000025', '330', 'Birmingham', 'West Midlands'],
    ['E10000016', '886', 'Kent', 'South East'],
    ['E06000063', '942', 'Cumberland', 'North West'],
    ['E06000064', '943', 'Westmorland and Furness', 'North West'],
    ['E06000065', '815', 'North Yorkshire', 'Yorkshire and The Humber'],
    ['E06000066', '933', 'Somerset', 'South West'],
    ['E09000001', '201', 'City of London', 'London'],
    ['E06000053', '420', 'Isles of Scilly', 'South West'],
  ])('%s ↔ %s (%s)', (code, dfeNumber, name, region) => {
    expect(findCouncil(code)).toMatchObject({ code, dfeNumber, name, region });
    expect(findCouncil(dfeNumber)?.code).toBe(code);
  });

  it('ignores case and spaces, and takes exact names', () => {
    expect(findCouncil(' e06000016 ')?.dfeNumber).toBe('856');
    expect(findCouncil(' 8 5 6')?.code).toBe('E06000016');
    expect(findCouncil('leicester')?.code).toBe('E06000016');
    expect(findCouncil('westmorland and furness')?.dfeNumber).toBe('943');
  });

  it('finds Barnsley and Sheffield under their old codes too', () => {
    expect(findCouncil('E08000016')?.code).toBe('E08000038');
    expect(findCouncil('E08000019')?.name).toBe('Sheffield');
  });

  it('finds former councils, but today’s council wins a shared number', () => {
    expect(findCouncil('909')).toMatchObject({
      code: 'E10000006',
      name: 'Cumbria',
      successors: ['E06000063', 'E06000064'],
    });
    expect(findCouncil('E10000023')?.name).toBe('North Yorkshire (county council)');
    expect(findCouncil('815')?.code).toBe('E06000065');
    expect(findCouncil('928')?.name).toBe('Northamptonshire');
  });

  it('returns null for unknown codes and numbers', () => {
    expect(findCouncil('999')).toBeNull();
    expect(findCouncil('E99999999')).toBeNull();
    expect(findCouncil('')).toBeNull();
    expect(findCouncil('S12000036')).toBeNull();
  });
});

describe('formerCouncils', () => {
  it('records Cumbria ending on 31 March 2023', () => {
    const cumbria = formerCouncils().find((c) => c.code === 'E10000006');
    expect(cumbria?.abolishedAfter).toBe(day(2023, 3, 31));
    expect(cumbria?.districts).toHaveLength(6);
  });
});

describe('isInCouncilArea', () => {
  it('counts a county’s districts, not the unitary inside it', () => {
    expect(isInCouncilArea('E07000135', 'E10000018')).toBe(true); // Oadby and Wigston in Leicestershire
    expect(isInCouncilArea('E06000016', 'E10000018')).toBe(false); // Leicester city is its own council
    expect(isInCouncilArea('E06000016', 'E06000016')).toBe(true);
  });

  it('keeps abolished districts with today’s council and with the former one', () => {
    expect(isInCouncilArea('E07000026', 'E06000063')).toBe(true); // Allerdale → Cumberland
    expect(isInCouncilArea('E07000027', 'E06000063')).toBe(false); // Barrow went to Westmorland and Furness
    expect(isInCouncilArea('E07000026', 'E10000006')).toBe(true); // and was in Cumbria
  });

  it('never places Scottish, Northern Irish or island postcodes in an English council', () => {
    for (const district of ['S12000036', 'N09000003', 'L99999999', 'M99999999', '']) {
      expect(isInCouncilArea(district, 'E06000016')).toBe(false);
    }
  });
});
