import { useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { formatDateTime } from '../../format/format.ts';
import type { EditionSection } from './statement-types.ts';

const MAX = 20_000;

/**
 * One section's narrative: a textarea with a live character count, the section's figures as they would
 * be published beside it, and a save that says when it worked.
 */
export function NarrativeEditor({
  path,
  section,
  editable,
  onSaved,
}: {
  path: string;
  section: EditionSection;
  editable: boolean;
  onSaved(): void;
}) {
  const [text, setText] = useState(section.narrative);
  const [saved, setSaved] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const id = `narrative-${section.id}`;
  const count = [...text].length;
  const save = async () => {
    setBusy(true);
    setSaved(undefined);
    try {
      await api('PUT', `${path}/narrative/${section.id}`, { text });
      setFailure(undefined);
      setSaved(`Saved “${section.heading}” at ${new Date().toLocaleTimeString('en-GB')}.`);
      onSaved();
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      aria-labelledby={`${id}-heading`}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0 2rem', marginBottom: '2rem' }}
    >
      <div style={{ flex: '2 1 28rem', minWidth: 0 }}>
        <h2 className="heading-m" id={`${id}-heading`}>
          {section.heading}
        </h2>
        <ApiErrorSummary error={failure} />
        <div className={`form-group${count > MAX ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={id}>
            Your text for “{section.heading}”
          </label>
          <div className="hint" id={`${id}-hint`}>
            Paragraphs separated by a blank line; lines starting “- ” make a list.{' '}
            {section.saved
              ? `Last saved by ${section.saved.by}, ${formatDateTime(section.saved.at)}${section.copiedFromEdition ? ' (copied from the last published edition)' : ''}.`
              : 'Not written yet.'}
          </div>
          <textarea
            id={id}
            name={id}
            className="input"
            style={{ height: 'auto', minHeight: '10rem' }}
            rows={8}
            value={text}
            readOnly={!editable}
            aria-describedby={`${id}-hint ${id}-count`}
            onChange={(e) => setText(e.target.value)}
          />
          <p className="hint" id={`${id}-count`} aria-live="polite">
            {count > MAX
              ? `You have ${(count - MAX).toLocaleString('en-GB')} characters too many`
              : `You have ${(MAX - count).toLocaleString('en-GB')} characters remaining`}
          </p>
        </div>
        {editable ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || count > MAX || text === section.narrative}
            onClick={() => void save()}
          >
            Save “{section.heading}”
          </button>
        ) : null}
        {saved ? (
          <p className="body" role="status">
            {saved}
          </p>
        ) : null}
      </div>
      <aside aria-label={`Figures in “${section.heading}”`} style={{ flex: '1 1 14rem' }}>
        <h3 className="heading-s">Figures in this section</h3>
        {section.figures.length === 0 && section.tables.length === 0 ? (
          <p className="body">No figures: this section is the council’s own words.</p>
        ) : null}
        {section.figures.length ? (
          <dl className="summary-list">
            {section.figures.map((f) => (
              <div className="summary-list__row" key={f.label}>
                <dt className="summary-list__key">{f.label}</dt>
                <dd className="summary-list__value">{f.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {section.tables.length ? (
          <ul className="list">
            {section.tables.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        ) : null}
      </aside>
    </section>
  );
}
