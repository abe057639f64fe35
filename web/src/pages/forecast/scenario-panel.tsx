import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { Checkbox, TextInput } from '../../components/fields.tsx';
import { LeverForm, type LeverInput, leverText } from './lever-form.tsx';
import type { SavedScenario } from './types.ts';

/** (d) The scenario builder: changes in plain terms, named and saved; the saved ones listed, chosen to compare. */
export function ScenarioPanel({
  base,
  scenarios,
  editor,
  running,
  onSaved,
  onCompare,
}: {
  base: string;
  scenarios: SavedScenario[];
  editor: boolean;
  running: boolean;
  onSaved(): void;
  onCompare(ids: number[]): void;
}) {
  const [chosen, setChosen] = useState<number[]>([]);
  const toggle = (id: number, on: boolean) =>
    setChosen((old) => (on ? [...old, id] : old.filter((x) => x !== id)));
  const [deleteError, setDeleteError] = useState<ApiError | undefined>(undefined);
  const remove = (id: number) =>
    api('DELETE', `${base}/forecast-scenarios/${id}`)
      .then(() => {
        setChosen((old) => old.filter((x) => x !== id));
        onSaved();
      })
      .catch((caught) => setDeleteError(asApiError(caught)));
  return (
    <section aria-labelledby="scenarios-heading">
      <h2 className="heading-l" id="scenarios-heading">
        Scenarios
      </h2>
      <p className="body">
        A scenario changes what the forecast assumes — more entries, step-downs, new in-house places — and is
        compared with the baseline on the same random draws, so the differences come from the changes alone.
      </p>
      <ApiErrorSummary error={deleteError} />
      {scenarios.length === 0 ? (
        <p className="body">No scenarios are saved yet.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onCompare(chosen);
          }}
          aria-labelledby="saved-heading"
        >
          <h3 className="heading-m" id="saved-heading">
            Saved scenarios
          </h3>
          {scenarios.map((s) => (
            <div key={s.id} className="scenario">
              <Checkbox
                id={`compare-${s.id}`}
                label={`Compare “${s.name}”`}
                checked={chosen.includes(s.id)}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />
              {s.description ? <p className="body">{s.description}</p> : null}
              <ul className="list">
                {s.described.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {editor ? (
                <button
                  type="button"
                  className="button button--warning button--small"
                  onClick={() => void remove(s.id)}
                >
                  Delete “{s.name}”
                </button>
              ) : null}
            </div>
          ))}
          <div className="form-actions">
            <button type="submit" className="button" disabled={running || chosen.length === 0}>
              Compare with the baseline
            </button>
          </div>
        </form>
      )}
      {editor ? <ScenarioBuilder base={base} onSaved={onSaved} /> : null}
    </section>
  );
}

function ScenarioBuilder({ base, onSaved }: { base: string; onSaved(): void }) {
  const [levers, setLevers] = useState<LeverInput[]>([]);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    api('POST', `${base}/forecast-scenarios`, { name, description, levers })
      .then(() => {
        setSaved(name);
        setLevers([]);
        setName('');
        setDescription('');
        setError(undefined);
        onSaved();
      })
      .catch((caught) => setError(asApiError(caught)));
  };
  return (
    <div>
      <h3 className="heading-m">Build a scenario</h3>
      {saved ? (
        <p className="body" role="status">
          Scenario “{saved}” saved.
        </p>
      ) : null}
      <ApiErrorSummary error={error} />
      <LeverForm onAdd={(lever) => setLevers((old) => [...old, lever])} />
      <form onSubmit={save} aria-label="Name and save the scenario">
        <h4 className="heading-s">Changes in this scenario</h4>
        {levers.length === 0 ? (
          <p className="body">No changes added yet.</p>
        ) : (
          <ol className="list">
            {levers.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a draft list, edited by position
              <li key={i}>
                {leverText(l)}{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setLevers((old) => old.filter((_, j) => j !== i))}
                >
                  Remove change {i + 1}
                </button>
              </li>
            ))}
          </ol>
        )}
        <TextInput
          id="scenario-name"
          label="Scenario name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextInput
          id="scenario-description"
          label="Description (optional)"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button">
            Save scenario
          </button>
        </div>
      </form>
    </div>
  );
}
