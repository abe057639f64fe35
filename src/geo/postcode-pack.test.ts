import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPackFromOnspd, versionFromFileName } from './build-pack-from-onspd.ts';
import { loadPostcodeDirectoryFrom } from './load-postcode-directory.ts';
import { decodePostcodePack } from './postcode-pack-reader.ts';
import { encodePostcodePack } from './postcode-pack-writer.ts';

const dir = mkdtempSync(join(tmpdir(), 'postcode-pack-'));

// Our reference format, with CRLF line ends, a row without coordinates, a Northern Ireland row in
// Irish Grid, an unsorted row and a duplicate.
const REFERENCE_CSV = [
  'postcode,easting,northing,lad_code',
  'LE2 0AA,459798.0,304619.0,E06000016',
  'B1  1AA,406649.0,286530.0,E08000025',
  'AB113AG,nan,nan,nan',
  'BT1 1AA,334316.0,374675.0,N09000003',
  'B1  1AD,406649.0,286530.0,E08000025',
  'LE2 0AB,459810.0,304550.0,E06000016',
  'LE2 0AA,459798.0,304619.0,E06000016',
  'not-a-postcode,1,2,E06000016',
].join('\r\n');

// The real ONSPD (2025 names): quoted fields, pcd7 first, blank grid reference for Guernsey.
const ONSPD_CSV = [
  'pcd7,pcd8,pcds,dointr,doterm,usrtypind,east1m,north1m,gridind,oa21cd,cty25cd,ced25cd,lad25cd,wd25cd',
  '"CA8 7JG","CA8  7JG","CA8 7JG","200006","","0","366012","565201","1","E00000001","E99999999","","E06000063","E05000001"',
  '"GY1 1AA","GY1  1AA","GY1 1AA","198001","","0","","","9","","","","L99999999",""',
  '"SW1A1AA","SW1A 1AA","SW1A 1AA","198001","","1","529090","179645","1","","","","E09000033",""',
].join('\n');

describe('postcode pack round trip', () => {
  it('builds from our reference format (gzipped) and reads back', async () => {
    const csv = join(dir, 'uk-postcodes-onspd-2025-11.csv.gz');
    writeFileSync(csv, gzipSync(REFERENCE_CSV));
    const pack = join(dir, 'tiny.bin.gz');
    const result = await buildPackFromOnspd(csv, pack);
    expect(result).toMatchObject({
      status: 'built',
      version: 'ONSPD November 2025',
      postcodes: 5,
      withoutCoordinates: 1,
      badPostcodes: 1,
    });
    const directory = loadPostcodeDirectoryFrom(pack);
    expect(directory.size).toBe(5);
    expect(directory.locate('le2 0ab')).toEqual({
      postcode: 'LE2 0AB',
      easting: 459810,
      northing: 304550,
      district: 'E06000016',
    });
    expect(directory.locate('B1 1AD')).toEqual({
      postcode: 'B1  1AD',
      easting: 406649,
      northing: 286530,
      district: 'E08000025',
    });
    // Converted from Irish Grid (see irish-grid.test.ts for the reference).
    expect(directory.locate('BT1 1AA')).toEqual({
      postcode: 'BT1 1AA',
      easting: 146778,
      northing: 530104,
      district: 'N09000003',
    });
    expect(directory.locate('AB11 3AG')).toBeNull();
    expect(directory.postcodesInDistrict('E06000016')).toEqual(['LE2 0AA', 'LE2 0AB']);
    expect(directory.districts()).toEqual(['E06000016', 'E08000025', 'N09000003']);
  });

  it('builds from a real ONSPD header (pcd7, east1m, north1m, lad25cd) with brotli', async () => {
    const csv = join(dir, 'ONSPD_NOV_2025_UK.csv');
    writeFileSync(csv, ONSPD_CSV);
    const pack = join(dir, 'onspd.bin.br');
    const result = await buildPackFromOnspd(csv, pack);
    expect(result).toMatchObject({
      status: 'built',
      version: 'ONSPD November 2025',
      postcodes: 2,
      withoutCoordinates: 1,
    });
    const directory = loadPostcodeDirectoryFrom(pack);
    expect(directory.locate('CA8 7JG')).toEqual({
      postcode: 'CA8 7JG',
      easting: 366012,
      northing: 565201,
      district: 'E06000063',
    });
    expect(directory.locate('SW1A 1AA')?.district).toBe('E09000033');
    expect(directory.locate('GY1 1AA')).toBeNull();
  });

  it('rejects a file without the columns it needs, naming them', async () => {
    const csv = join(dir, 'wrong.csv');
    writeFileSync(csv, 'postcode,lat,long\nLE2 0AA,52.6,-1.1\n');
    const result = await buildPackFromOnspd(csv, join(dir, 'wrong.bin.gz'));
    expect(result.status).toBe('rejected');
    expect(result.status === 'rejected' && result.message).toMatch(
      /missing column for easting, northing, district/,
    );
  });

  it('encodes negative coordinates and large jumps exactly', () => {
    const records = [
      { postcode: 'BT933DJ', easting: -83586, northing: 595444, district: 'N09000006' },
      { postcode: 'ZE1 0AA', easting: 447000, northing: 1141000, district: 'S12000027' },
      { postcode: 'TR1 1AA', easting: 182000, northing: 44000, district: 'E06000052' },
    ];
    const columns = decodePostcodePack(encodePostcodePack('test', records));
    expect(columns.outwards).toEqual(['BT93', 'TR1 ', 'ZE1 ']);
    expect([...columns.easting]).toEqual([-83586, 182000, 447000]);
    expect([...columns.northing]).toEqual([595444, 44000, 1141000]);
    expect(columns.version).toBe('test');
  });

  it('works out version labels from file names', () => {
    expect(versionFromFileName('/x/uk-postcodes-onspd-2025-11.csv.gz')).toBe('ONSPD November 2025');
    expect(versionFromFileName('ONSPD_FEB_2026_UK.csv')).toBe('ONSPD February 2026');
    expect(versionFromFileName('postcodes.csv')).toBe('ONSPD (postcodes.csv)');
  });
});
