import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backtestView,
  councilBacktest,
  councilForecast,
  forecastInputsFrom,
  forecastView,
} from '../../app/index.ts';
import { censusDate } from '../../dates/index.ts';
import { lookedAfterBy } from '../../forecast/index.ts';
import { generateCouncil, placesForCouncil, syntheticReturnData } from '../../synth/index.ts';
import { generateLocalData } from '../../synth/local/index.ts';
import { backtestText } from './backtest.ts';
import { forecastText, scenarioOption } from './forecast.ts';

const CODE = 'E06000016';
const council = generateCouncil(
  { councilCode: CODE, children: 60, years: 4, lastYear: 2026, seed: 9 },
  placesForCouncil(CODE),
);
const inputs = forecastInputsFrom(CODE, council.returns.map(syntheticReturnData));

/** A quick forecast of these inputs: 2 years, 30 paths, the reference period set (no backtest choice). */
async function quickForecast(of: typeof inputs) {
  const result = await councilForecast(of, {
    years: 2,
    paths: 30,
    workers: 0,
    reference: { referenceYears: 3, entries: 'flat' },
    referencePaths: 5,
  });
  if (result.status !== 'ok') throw new Error(result.message);
  return result;
}

describe('sufficiency forecast (text)', () => {
  it('prints the reference, the 31 March history as counted, P10–P50–P90 by year, costs and assumptions', async () => {
    const result = await quickForecast(inputs);
    const view = forecastView(CODE, result);
    const text = forecastText(view, 'Leicester (E06000016)');
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Demand forecast: Leicester (E06000016), from 31/03/2026, 2 years, 30 paths, seed 1',
    );
    expect(lines[1]).toBe('Reference period: 01/04/2023 to 31/03/2026 (3 years), entries flat — set by you');
    // The 2024 history row is lookedAfterBy on 31/03/2024: total then the four categories.
    const n = lookedAfterBy(inputs.timelines, censusDate(2024));
    const row = lines
      .find((l) => l.startsWith('  31/03/2024'))
      ?.split(/\s+/)
      .filter(Boolean);
    expect(row).toEqual([
      '31/03/2024',
      ...[n.total, n.fostering, n.residential, n.supported, n.other].map(String),
    ]);
    // The CLI prints the view's figures (kept to one decimal, as the API gives them) as whole children.
    const y1 = view.years[0]?.total;
    const fan = `${Math.round(y1?.p10 ?? 0)}–${Math.round(y1?.p50 ?? 0)}–${Math.round(y1?.p90 ?? 0)}`;
    expect(lines.find((l) => l.startsWith('  31/03/2027'))).toContain(fan);
    expect(text).toContain('Over 2 years: £');
    expect(text).toContain('  residential in-house £5,750, external £6,000, inflation 6.0% a year');
    expect(text).toContain('What the model assumes:\n  - Rates and entries are estimated from the 3 years');
  });

  it('adds care leavers aged 18–20 in supported accommodation when local data says where care leavers live', async () => {
    const local = generateLocalData(council, { seed: 5, places: placesForCouncil(CODE) });
    const spells = local.careLeaverAccommodation.map((r) => ({
      childId: r.childId,
      supported: r.type === 'supported-accommodation',
      start: r.start,
      end: r.end,
    }));
    const result = await quickForecast({ ...inputs, careLeaverSpells: spells });
    const view = forecastView(CODE, result);
    const leavers = view.careLeavers;
    expect(leavers?.years.map((y) => y.date)).toEqual(['2027-03-31', '2028-03-31']);
    // The basis is the forecast's own: the share on the 18th birthday over the care leavers seen then.
    const basis = result.forecast.careLeavers?.basis;
    expect(leavers?.basis.at18).toEqual({
      share: Math.round((basis?.share[0] ?? 0) * 1000) / 10,
      careLeavers: basis?.observed[0],
    });
    expect(basis?.observed[0]).toBeGreaterThan(0);
    const text = forecastText(view, 'Leicester (E06000016)');
    expect(text).toContain('Care leavers aged 18–20 in supported accommodation (P10–P50–P90)');
    // Without local data the section is left out.
    expect((await quickForecast(inputs)).forecast.careLeavers).toBeNull();
  });

  it('prints the backtest with its plain reading', () => {
    const choice = { referenceYears: 2, entries: 'flat' as const };
    const view = backtestView(choice, councilBacktest(inputs, choice, { paths: 10, horizons: [1] }));
    const text = backtestText(view, 'Leicester (E06000016)');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Backtest: Leicester (E06000016) — reference period 2 years, entries flat',
      'Relative MAE compares the forecast’s error with assuming nothing changes: below 1 means better than no change.',
    ]);
    expect(text).toMatch(/\n {2}\+1 {11}total {8}2 {3}/);
  });
});

describe('--scenario', () => {
  it('lists every problem of a file with its field, value and what was expected', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scenario-'));
    const file = join(dir, 'bad.json');
    await writeFile(
      file,
      JSON.stringify({
        name: 'Bad',
        levers: [
          {
            kind: 'step-down',
            from: 'residential',
            to: 'fostering',
            percent: 150,
            afterMonths: 6,
            starts: '1/4/2026',
          },
        ],
      }),
    );
    await expect(scenarioOption(file)).rejects.toThrow(
      `--scenario: ${file} has 2 problem(s):\n` +
        '  levers[0].percent: invalid value 150 (expected a percentage from 0 to 100)\n' +
        '  levers[0].starts: invalid value "1/4/2026" (expected a real date as dd/mm/yyyy)',
    );
    await writeFile(file, '{ "name": ');
    await expect(scenarioOption(file)).rejects.toThrow(`--scenario: ${file} is not valid JSON`);
  });
});
