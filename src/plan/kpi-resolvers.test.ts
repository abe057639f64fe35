import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import type { Kpi } from './kpi.ts';
import { forecastResolver, notLinkedResolver } from './kpi-resolvers.ts';

// Two forecast years: total 100 then 110; residential 10 then 12.
const medians = {
  years: [
    {
      date: day(2027, 3, 31),
      total: { p50: 100 },
      byCategory: { residential: { p50: 10 }, fostering: { p50: 70 } },
    },
    {
      date: day(2028, 3, 31),
      total: { p50: 110 },
      byCategory: { residential: { p50: 12 }, fostering: { p50: 75 } },
    },
  ],
};
const kpi = {} as Kpi;

describe('forecastResolver', () => {
  it('gives the median of the series asked for on each forecast 31 March', async () => {
    const resolve = forecastResolver(async () => medians);
    expect(await resolve({ source: 'forecast', key: 'residential' }, kpi)).toEqual({
      status: 'ok',
      points: [
        { date: day(2027, 3, 31), value: 10 },
        { date: day(2028, 3, 31), value: 12 },
      ],
    });
    expect(await resolve({ source: 'forecast', key: 'total' }, kpi)).toMatchObject({
      points: [{ value: 100 }, { value: 110 }],
    });
  });

  it('says why there is nothing: an unknown series, or no forecast at all', async () => {
    expect(await forecastResolver(async () => medians)({ source: 'forecast', key: 'secure' }, kpi)).toEqual({
      status: 'unavailable',
      reason: 'No forecast series "secure" (total or a placement category)',
    });
    expect(await forecastResolver(async () => null)({ source: 'forecast', key: 'total' }, kpi)).toEqual({
      status: 'unavailable',
      reason: 'No forecast: the council has no full 903 return loaded',
    });
    expect(await notLinkedResolver('Gap')({ source: 'gap', key: 'x' }, kpi)).toEqual({
      status: 'unavailable',
      reason: 'Gap figures are not linked to KPIs yet',
    });
  });
});
