import { type FormEvent, useState } from 'react';
import { asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx';
import { Select } from '../../components/fields.tsx';
import type { LocalFinding, LocalKindSummary, LocalUploadAnswer } from './local-data-types.ts';

/**
 * Upload one local-data CSV. A rejected file shows the GOV.UK error summary and a table of every
 * problem (row, column, value, what to do); nothing is imported until the file has none.
 */
export function LocalUploadForm({
  code,
  kinds,
  onImported,
}: {
  code: string;
  kinds: LocalKindSummary[];
  onImported(message: string): void;
}) {
  const [kind, setKind] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [findings, setFindings] = useState<LocalFinding[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFindings([]);
    if (!file) {
      setErrors([{ text: 'Choose a CSV file to upload', href: '#local-file' }]);
      return;
    }
    const form = new FormData();
    if (kind) form.set('kind', kind);
    form.append('file', file, file.name);
    setBusy(true);
    try {
      const answer = await api<LocalUploadAnswer>(
        'POST',
        `/api/councils/${encodeURIComponent(code)}/local-data`,
        form,
      );
      if (answer.status === 'rejected') {
        const n = answer.findings.length;
        setErrors([
          {
            text: `${file.name} was not imported: ${n} problem${n === 1 ? '' : 's'} to fix (listed below)`,
            href: '#local-findings',
          },
          ...answer.findings.slice(0, 5).map((f) => ({ text: f.message, href: '#local-findings' })),
        ]);
        setFindings(answer.findings);
        return;
      }
      setErrors([]);
      const title = kinds.find((k) => k.slug === answer.slug)?.title ?? answer.slug;
      onImported(`${file.name} is now the council's ${title.toLowerCase()}: ${answer.rows} rows imported.`);
    } catch (caught) {
      setErrors([{ text: asApiError(caught).message, href: '#local-file' }]);
    } finally {
      setBusy(false);
    }
  };

  const fileError = errors.find((e) => e.href === '#local-file')?.text;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="local-upload-heading">
      <ErrorSummary errors={errors} />
      <h2 className="heading-l" id="local-upload-heading">
        Upload a file
      </h2>
      <Select
        id="local-kind"
        label="What the file holds"
        hint="Leave as recognised from the header unless the file's columns match more than one template"
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        options={[
          ['', 'Recognise from the header'],
          ...kinds.map((k): [string, string] => [k.slug, k.title]),
        ]}
      />
      <div className={`form-group${fileError ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="local-file">
          CSV file
        </label>
        <div className="hint" id="local-file-hint">
          A .csv file in one of the templates below, up to 20 MB. In Excel: Save As "CSV UTF-8".
        </div>
        {fileError ? (
          <p className="error-message" id="local-file-error">
            <span className="visually-hidden">Error:</span> {fileError}
          </p>
        ) : null}
        <input
          id="local-file"
          name="local-file"
          type="file"
          className="file-upload"
          accept=".csv,text/csv"
          aria-describedby={`local-file-hint${fileError ? ' local-file-error' : ''}`}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        Upload and check
      </button>
      {findings.length ? <FindingsTable findings={findings} /> : null}
    </form>
  );
}

function FindingsTable({ findings }: { findings: LocalFinding[] }) {
  return (
    <div className="table-scroll" id="local-findings" tabIndex={-1}>
      <table className="table">
        <caption className="table__caption">Problems in the file (nothing was imported)</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Problem</th>
            <th scope="col">How to fix it</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id and never reorder
            <tr key={i}>
              <td>{f.row ?? ''}</td>
              <td>{f.column ?? ''}</td>
              <td>{f.value ?? ''}</td>
              <td>{f.message}</td>
              <td>{f.fix}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
