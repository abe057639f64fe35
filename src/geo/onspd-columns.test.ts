import { describe, expect, it } from 'vitest';
import { findOnspdColumns } from './onspd-columns.ts';

describe('findOnspdColumns', () => {
  it('reads our reference extract, BOM and all', () => {
    expect(findOnspdColumns(['\uFEFFpostcode', 'easting', 'northing', 'lad_code'])).toEqual({
      status: 'found',
      columns: { postcode: 0, easting: 1, northing: 2, district: 3 },
    });
  });

  it('reads the ONSPD before 2025 (pcd, oseast1m, osnrth1m, oslaua)', () => {
    const header = [
      'pcd',
      'pcd2',
      'pcds',
      'dointr',
      'doterm',
      'oscty',
      'ced',
      'oslaua',
      'osward',
      'parish',
      'usertype',
      'oseast1m',
      'osnrth1m',
    ];
    expect(findOnspdColumns(header)).toEqual({
      status: 'found',
      columns: { postcode: 0, easting: 11, northing: 12, district: 7 },
    });
  });

  it('reads the renamed ONSPD (pcd7, east1m, north1m, ladYYcd), taking the latest district year', () => {
    const header = ['PCD7', 'PCD8', 'PCDS', 'EAST1M', 'NORTH1M', 'GRIDIND', 'LAD24CD', 'LAD25CD'];
    expect(findOnspdColumns(header)).toEqual({
      status: 'found',
      columns: { postcode: 0, easting: 3, northing: 4, district: 7 },
    });
  });

  it('falls back to pcds when there is no fixed-width postcode column', () => {
    expect(findOnspdColumns(['pcds', 'east1m', 'north1m', 'lad25cd'])).toMatchObject({
      columns: { postcode: 0 },
    });
  });

  it('names what is missing', () => {
    expect(findOnspdColumns(['pcds', 'lat', 'long'])).toEqual({
      status: 'rejected',
      message:
        'missing column for easting, northing, district: header has pcds, lat, long (expected e.g. pcd7/pcd, east1m/oseast1m, north1m/osnrth1m, lad25cd/oslaua)',
    });
  });
});
