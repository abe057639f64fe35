import { type DragEvent, type FormEvent, useState } from 'react';
import { asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx';
import { Checkbox, Select, TextInput } from '../../components/fields.tsx';
import { formatBytes, yearLabel } from '../../format/format.ts';
import { chooseFiles, droppedFiles, type FileChoice, fileProblems } from './collect-files.ts';

/** The latest collection year that has ended (years end on 31 March), and the 10 before it plus the current one. */
function collectionYears(today = new Date()): number[] {
  const ended = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
  return Array.from({ length: 12 }, (_, i) => ended + 1 - i);
}

const DATE = /^\d{2}\/\d{2}\/\d{4}$/;

/** Upload a return: files or a folder (chosen or dropped), its collection year, and the import options. */
export function UploadForm({ code, onStarted }: { code: string; onStarted(jobId: string): void }) {
  const years = collectionYears();
  const [year, setYear] = useState(String(years[1]));
  const [asAt, setAsAt] = useState('');
  const [allowPartial, setAllowPartial] = useState(false);
  const [choice, setChoice] = useState<FileChoice>({ files: [], ignored: [] });
  const [dragging, setDragging] = useState(false);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  const addFiles = (files: readonly File[]) => setChoice(chooseFiles(files));
  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    addFiles(await droppedFiles(event.dataTransfer));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: ErrorItem[] = fileProblems(choice.files).map((text) => ({ text, href: '#files' }));
    if (asAt.trim() && !DATE.test(asAt.trim()))
      found.push({
        text: 'Enter the extract date as day/month/year, for example 30/09/2025',
        href: '#as-at',
      });
    setErrors(found);
    if (found.length) return;
    const form = new FormData();
    form.set('year', year);
    if (asAt.trim()) form.set('asAt', asAt.trim());
    if (allowPartial) form.set('allowPartial', 'true');
    for (const file of choice.files) form.append('files[]', file, file.name);
    setBusy(true);
    try {
      const { jobId } = await api<{ jobId: string | number }>(
        'POST',
        `/api/councils/${encodeURIComponent(code)}/imports`,
        form,
      );
      onStarted(String(jobId));
    } catch (caught) {
      setErrors([{ text: asApiError(caught).message }]);
    } finally {
      setBusy(false);
    }
  };

  const fileError = errors.filter((e) => e.href === '#files').map((e) => e.text)[0];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="upload-heading">
      <ErrorSummary errors={errors} />
      <h2 className="heading-l" id="upload-heading">
        Upload a return
      </h2>
      <div className={`form-group${fileError ? ' form-group--error' : ''}`}>
        <fieldset className="fieldset" aria-describedby="files-hint">
          <legend className="label">Files of the SSDA903 return</legend>
          <div className="hint" id="files-hint">
            CSV or XML files, up to 30 files of at most 200 MB each. Choose the files, choose a folder, or
            drag them here.
          </div>
          {fileError ? (
            <p className="error-message">
              <span className="visually-hidden">Error:</span> {fileError}
            </p>
          ) : null}
          <div
            className={`drop-zone${dragging ? ' drop-zone--over' : ''}`}
            data-testid="drop-zone"
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => void drop(e)}
          >
            <p className="drop-zone__text">Drag and drop files or a folder here, or</p>
            <div className="inline-controls">
              {/* The input comes first so CSS can show its focus on the label drawn as a button. */}
              <input
                id="files"
                className="file-input"
                type="file"
                multiple
                accept=".csv,.xml,text/csv,text/xml,application/xml"
                onChange={(e) => addFiles([...(e.target.files ?? [])])}
              />
              <label className="button button--secondary file-button" htmlFor="files">
                Choose files
              </label>
              <input
                id="folder"
                className="file-input"
                type="file"
                {...{ webkitdirectory: '', directory: '' }}
                onChange={(e) => addFiles([...(e.target.files ?? [])])}
              />
              <label className="button button--secondary file-button" htmlFor="folder">
                Choose a folder
              </label>
            </div>
          </div>
          <ChosenFiles choice={choice} />
        </fieldset>
      </div>
      <Select
        id="year"
        label="Collection year"
        hint="The year ending on 31 March that the return covers"
        value={year}
        onChange={(e) => setYear(e.target.value)}
        options={years.map((y) => [String(y), `${yearLabel(y)} (year ending 31 March ${y})`])}
      />
      <TextInput
        id="as-at"
        label="In-year extract: date of the extract (optional)"
        hint="Only for an extract taken during the year. For example, 30/09/2025"
        className="input--width-10"
        inputMode="numeric"
        value={asAt}
        error={errors.find((e) => e.href === '#as-at')?.text}
        onChange={(e) => setAsAt(e.target.value)}
      />
      <Checkbox
        id="allow-partial"
        label="Import the readable rows and set aside the rest"
        hint="Without this, a return with rows that cannot be read is not imported at all."
        checked={allowPartial}
        onChange={(e) => setAllowPartial(e.target.checked)}
      />
      <button type="submit" className="button" disabled={busy}>
        Upload and check
      </button>
    </form>
  );
}

function ChosenFiles({ choice }: { choice: FileChoice }) {
  return (
    <div aria-live="polite">
      {choice.files.length ? (
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">
            {choice.files.length} {choice.files.length === 1 ? 'file' : 'files'} chosen
          </caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className="num">
                Size
              </th>
            </tr>
          </thead>
          <tbody>
            {choice.files.map((file) => (
              <tr key={file.name}>
                <td>{file.name}</td>
                <td className="num">{formatBytes(file.size)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {choice.ignored.length ? (
        <p className="hint">
          Left out (not CSV or XML): {choice.ignored.slice(0, 5).join(', ')}
          {choice.ignored.length > 5 ? ` and ${choice.ignored.length - 5} more` : ''}
        </p>
      ) : null}
    </div>
  );
}
