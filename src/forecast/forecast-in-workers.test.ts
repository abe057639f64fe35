import { describe, expect, it } from 'vitest';
import { buildTimelines, type TimelineOptions } from '../care/index.ts';
import { censusDate } from '../dates/index.ts';
import { generateCouncil, syntheticReturnData } from '../synth/index.ts';
import { TEST_PLACES } from '../synth/test-places.ts';
import { forecastCouncil } from './forecast-council.ts';
import { forecastInWorkers } from './forecast-in-workers.ts';

const options: TimelineOptions = { councilCode: 'E06000016', locate: () => null, inArea: () => true };
const council = generateCouncil(
  { councilCode: 'E06000016', children: 120, years: 3, lastYear: 2026, seed: 5 },
  TEST_PLACES,
);
const timelines = buildTimelines(council.returns.map(syntheticReturnData), options);

describe('forecastInWorkers', () => {
  it('gives exactly the single-threaded forecast, and reports progress up to every path', async () => {
    const settings = { origin: censusDate(2026), years: 2, paths: 40, seed: 9, entries: 'flat' as const };
    const seen: number[] = [];
    const parallel = await forecastInWorkers(timelines, settings, {
      workers: 2,
      onProgress: (done, total) => {
        expect(total).toBe(40);
        seen.push(done);
      },
    });
    expect(parallel).toEqual(forecastCouncil(timelines, settings));
    expect(Math.max(...seen)).toBe(40);
  });
});
