import { type FormEvent, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary, type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx';
import { TextInput } from '../../components/fields.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { useApi } from '../../components/use-api.ts';

interface Neighbours {
  council: { code: string; name: string };
  neighbours: { code: string; name: string }[];
}

/** "E06000018, E06000015" or one a line → the codes, in order. */
function codesOf(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}

/**
 * The councils this council compares itself with (statistical neighbours): their figures and mean are shown
 * beside each indicator once DfE's council-level tables are imported. Saved on its own (audited).
 */
export function NeighboursForm({ code }: { code: string }) {
  const path = `/api/councils/${encodeURIComponent(code)}/neighbours`;
  const { data } = useApi<Neighbours>(path);
  const [saved, setSaved] = useState<Neighbours | undefined>(undefined);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);
  const [notice, setNotice] = useState(false);
  useEffect(() => {
    if (data) {
      setSaved(data);
      setText(data.neighbours.map((n) => n.code).join(', '));
    }
  }, [data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(false);
    setApiError(undefined);
    const codes = codesOf(text);
    const bad = codes.filter((c) => !/^E\d{8}$/.test(c));
    const found: ErrorItem[] = bad.length
      ? [{ text: `Enter ONS council codes such as E06000018 (not ${bad.join(', ')})`, href: '#neighbours' }]
      : [];
    setErrors(found);
    if (found.length) return;
    try {
      const next = await api<Neighbours>('PUT', path, { neighbours: codes });
      if (next) {
        setSaved(next);
        setText(next.neighbours.map((n) => n.code).join(', '));
      }
      setNotice(true);
    } catch (caught) {
      setApiError(asApiError(caught));
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="neighbours-heading">
      <h2 className="heading-l" id="neighbours-heading">
        Statistical neighbours
      </h2>
      {notice ? (
        <NotificationBanner title="Success" success>
          <p className="body">The statistical neighbours have been saved.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      <ApiErrorSummary error={apiError} />
      <p className="body">
        The councils to compare with. Their figures, and their mean, appear beside each indicator once DfE's
        council-level tables are imported.
      </p>
      {saved && saved.neighbours.length > 0 ? (
        <ul className="list">
          {saved.neighbours.map((n) => (
            <li key={n.code}>
              {n.name} ({n.code})
            </li>
          ))}
        </ul>
      ) : (
        <p className="body">None chosen yet.</p>
      )}
      <TextInput
        id="neighbours"
        label="ONS codes of the neighbours"
        hint="Separated by commas, in the order to show them, for example E06000018, E06000015"
        spellCheck={false}
        autoComplete="off"
        value={text}
        error={errors[0]?.text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--secondary">
          Save neighbours
        </button>
      </div>
    </form>
  );
}
