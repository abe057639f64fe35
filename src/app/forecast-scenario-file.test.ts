import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import { parseScenarioFile, scenarioProblemText, scenarioToFile } from './forecast-scenario-file.ts';

const FILE = {
  name: 'More older children in residential',
  levers: [
    {
      kind: 'extra-entries',
      perMonth: 10,
      ageFrom: 10,
      ageTo: 15,
      category: 'residential',
      from: '01/10/2026',
    },
    { kind: 'entries-change', percent: 30, uasc: true, from: '01/04/2026' },
    {
      kind: 'step-down',
      from: 'residential',
      to: 'fostering',
      percent: 20,
      afterMonths: 6,
      starts: '01/04/2026',
    },
    { kind: 'in-house-capacity', category: 'residential', places: 6, opens: '01/10/2026' },
    { kind: 'reference-period', referenceYears: 3, entries: 'flat' },
  ],
};

describe('parseScenarioFile', () => {
  it('reads dates as dd/mm/yyyy into epoch days and fills the defaults', () => {
    const parsed = parseScenarioFile(FILE);
    if (parsed.status !== 'ok') throw new Error(JSON.stringify(parsed.problems));
    const [extra, change, step, capacity, reference] = parsed.scenario.levers;
    expect(extra).toEqual({
      kind: 'extra-entries',
      perMonth: 10,
      ageFrom: 10,
      ageTo: 15,
      category: 'residential',
      uasc: false,
      from: day(2026, 10, 1),
    });
    // Defaults: everyone aged 0–17 unless said otherwise.
    expect(change).toMatchObject({ ageFrom: 0, ageTo: 17, uasc: true, from: day(2026, 4, 1) });
    expect(step).toMatchObject({ starts: day(2026, 4, 1), afterMonths: 6 });
    expect(capacity).toMatchObject({ yearly: false, opens: day(2026, 10, 1) });
    expect(reference).toEqual({ kind: 'reference-period', referenceYears: 3, entries: 'flat' });
    expect(parsed.scenario.description).toBeUndefined();
  });

  it('round-trips through scenarioToFile', () => {
    const parsed = parseScenarioFile(FILE);
    if (parsed.status !== 'ok') throw new Error('invalid');
    const again = parseScenarioFile(scenarioToFile(parsed.scenario));
    expect(again).toEqual(parsed);
  });

  it('names the field, the value and what was expected for each problem', () => {
    const parsed = parseScenarioFile({
      name: '',
      levers: [
        {
          kind: 'extra-entries',
          perMonth: 10,
          ageFrom: 15,
          ageTo: 10,
          category: 'homes',
          from: '31/02/2026',
        },
        { kind: 'more-money' },
        {
          kind: 'step-down',
          from: 'residential',
          to: 'residential',
          percent: 120,
          afterMonths: 6,
          starts: '01/04/2026',
        },
      ],
    });
    if (parsed.status !== 'invalid') throw new Error('expected problems');
    const texts = parsed.problems.map(scenarioProblemText);
    expect(texts).toEqual(
      expect.arrayContaining([
        'name: invalid value "" (expected a name)',
        'levers[0].category: invalid value "homes" (expected one of fostering, residential, supported, other)',
        'levers[0].from: invalid value "31/02/2026" (expected a real date as dd/mm/yyyy)',
        'levers[1].kind: invalid value "more-money" (expected kind to be one of extra-entries, entries-change, entries-level, step-down, in-house-capacity, reference-period)',
        'levers[2].percent: invalid value 120 (expected a percentage from 0 to 100)',
      ]),
    );
  });

  it('says a missing field is missing', () => {
    const parsed = parseScenarioFile({
      name: 'x',
      levers: [{ kind: 'in-house-capacity', places: 6, opens: '01/10/2026' }],
    });
    if (parsed.status !== 'invalid') throw new Error('expected problems');
    expect(parsed.problems.map(scenarioProblemText)).toEqual([
      'levers[0].category: missing (expected one of fostering, residential, supported, other)',
    ]);
  });
});
