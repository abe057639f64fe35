import { type FormEvent, useState } from 'react';
import { Select } from '../../components/fields.tsx';
import { type ForecastView, type ReferenceChoice, ukDate } from './types.ts';

const CHOSEN_BY = {
  backtest: 'chosen by the backtest',
  user: 'set by you (the backtest below is for your choice)',
  scenario: 'set by the scenario',
} as const;

/** (b) What the model assumes, the reference period used and why, and an override. */
export function ReferencePanel({
  view,
  running,
  onRun,
}: {
  view: ForecastView;
  running: boolean;
  onRun(choice: ReferenceChoice | null): void;
}) {
  const ref = view.reference;
  const [years, setYears] = useState(String(ref.referenceYears));
  const [entries, setEntries] = useState<string>(ref.entries);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRun({ referenceYears: Number(years), entries: entries as ReferenceChoice['entries'] });
  };
  const isBacktest = (c: ReferenceChoice) =>
    c.referenceYears === ref.backtestChoice.referenceYears && c.entries === ref.backtestChoice.entries;
  return (
    <section aria-labelledby="assumptions-heading">
      <h2 className="heading-l" id="assumptions-heading">
        What the forecast assumes
      </h2>
      <p className="body">
        Reference period:{' '}
        <strong>
          {ukDate(ref.from)} to {ukDate(ref.to)}
        </strong>{' '}
        ({ref.referenceYears} years), entries{' '}
        {ref.entries === 'trend' ? 'following their trend' : 'flat at their average'} —{' '}
        {CHOSEN_BY[ref.chosenBy]}.
      </p>
      <ul className="list">
        {view.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <h3 className="heading-m">Why this reference period</h3>
      <p className="body">
        Each choice forecast the past from every 31 March with two years of data before it
        {ref.origins.length ? ` (${ref.origins.map(ukDate).join(', ')})` : ''}; the one with the smallest
        error against what happened is used. Lower is better.
      </p>
      <div className="table-scroll">
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">
            Backtest error of each reference period
          </caption>
          <thead>
            <tr>
              <th scope="col">Years of history</th>
              <th scope="col">Entries</th>
              <th scope="col" className="num">
                Forecasts scored
              </th>
              <th scope="col" className="num">
                Average error, all children
              </th>
              <th scope="col" className="num">
                Score (all + by type)
              </th>
              <th scope="col">Used by the backtest</th>
            </tr>
          </thead>
          <tbody>
            {ref.choices.map((c) => (
              <tr key={`${c.referenceYears}-${c.entries}`}>
                <td>{c.referenceYears}</td>
                <td>{c.entries}</td>
                <td className="num">{c.forecasts}</td>
                <td className="num">{c.maeTotal ?? '–'}</td>
                <td className="num">{c.score ?? '–'}</td>
                <td>{isBacktest(c) ? 'Yes' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="panel-form" onSubmit={submit} aria-labelledby="override-heading">
        <h3 className="heading-s" id="override-heading">
          Use a different reference period
        </h3>
        <div className="inline-controls">
          <Select
            id="reference-years"
            label="Years of history"
            value={years}
            onChange={(e) => setYears(e.target.value)}
            options={[1, 2, 3, 4, 5, 6].map((n): [string, string] => [
              String(n),
              `${n} year${n > 1 ? 's' : ''}`,
            ])}
          />
          <Select
            id="reference-entries"
            label="Entries to care"
            value={entries}
            onChange={(e) => setEntries(e.target.value)}
            options={[
              ['trend', 'Follow their trend'],
              ['flat', 'Flat at their average'],
            ]}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={running}>
            Run with this reference period
          </button>
          {ref.chosenBy === 'user' ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={running}
              onClick={() => onRun(null)}
            >
              Use the backtest’s choice
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
