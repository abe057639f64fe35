import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary, type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx';
import { TextInput } from '../../components/fields.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime } from '../../format/format.ts';
import { Link } from '../../router/index.ts';
import { can, useSession } from '../../session/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { StrategyNav } from '../strategy/strategy-nav.tsx';
import type { Finding, Survey } from './types.ts';

export function surveysPath(code: string): string {
  return `/api/councils/${encodeURIComponent(code)}/surveys`;
}

/** The council's surveys of children, carers and providers: the list, and (for editors) an upload form. */
export function SurveysPage({ code }: { code: string }) {
  const council = useCouncil(code);
  const { user } = useSession();
  usePageTitle('Surveys', council?.name);
  const { data, error, reload } = useApi<{ surveys: Survey[] }>(council ? surveysPath(code) : null);
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Surveys: the voice of children and providers</h1>
      <StrategyNav code={code} current="surveys" />
      <ApiErrorSummary error={error} />
      {!data ? (
        <p className="body">Loading…</p>
      ) : data.surveys.length === 0 ? (
        <p className="body">No surveys imported yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="table__caption">Imported surveys</caption>
            <thead>
              <tr>
                <th scope="col">Survey</th>
                <th scope="col">File</th>
                <th scope="col" className="num">
                  Responses
                </th>
                <th scope="col">Imported</th>
              </tr>
            </thead>
            <tbody>
              {data.surveys.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link href={`/councils/${encodeURIComponent(code)}/strategy/surveys/${s.id}`}>
                      {s.title}
                    </Link>
                  </th>
                  <td>{s.fileName}</td>
                  <td className="num">{s.responses}</td>
                  <td>
                    {formatDateTime(s.importedAt)} by {s.importedBy}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {can(user, 'strategy:edit') ? <UploadForm code={code} onImported={reload} /> : null}
    </>
  );
}

function UploadForm({ code, onImported }: { code: string; onImported(): void }) {
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [imported, setImported] = useState<string | null>(null);
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(undefined);
    setImported(null);
    setFindings([]);
    const found: ErrorItem[] = [];
    if (!title.trim()) found.push({ text: 'Enter the survey’s title', href: '#survey-title' });
    if (!file) found.push({ text: 'Choose the survey’s .csv file', href: '#survey-file' });
    else if (!/\.csv$/i.test(file.name))
      found.push({ text: 'The file must be a .csv file', href: '#survey-file' });
    setErrors(found);
    if (found.length || !file) return;
    try {
      const result = await api<{ status: 'imported' | 'rejected'; findings: Finding[]; survey?: Survey }>(
        'POST',
        surveysPath(code),
        { title: title.trim(), fileName: file.name, csv: await file.text() },
      );
      setFindings(result.findings);
      if (result.status === 'imported') {
        setImported(
          `${result.survey?.title ?? 'The survey'}: ${result.survey?.responses ?? 0} responses imported.`,
        );
        setTitle('');
        onImported();
      }
    } catch (caught) {
      setApiError(asApiError(caught));
    }
  };
  const rejected = findings.some((f) => f.severity === 'structural');
  const fieldError = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;
  return (
    <form onSubmit={submit} noValidate className="panel-form">
      <h2 className="heading-l">Import a survey</h2>
      {imported ? (
        <NotificationBanner title="Success" success>
          <p className="body">{imported}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      {rejected ? (
        <ErrorSummary
          title="The file was not imported"
          errors={findings.filter((f) => f.severity === 'structural').map((f) => ({ text: f.message }))}
        />
      ) : null}
      {!rejected && findings.length ? (
        <ul className="list">
          {findings.map((f) => (
            <li key={f.message}>{f.message}</li>
          ))}
        </ul>
      ) : null}
      <ApiErrorSummary error={apiError} />
      <p className="body">
        A CSV file with the columns <strong>question</strong>, <strong>response</strong>,{' '}
        <strong>respondent group</strong> and, optionally, <strong>respondent id</strong> (used only to count
        respondents; never shown). A question whose answers all sit on one scale (Strongly agree … Strongly
        disagree, Yes/No, 1–10, …) is charted; any other is free text to tag with themes. Nothing is imported
        if any row has a problem.
      </p>
      <TextInput
        id="survey-title"
        label="Title"
        value={title}
        error={fieldError('survey-title')}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextInput
        id="survey-file"
        label="Survey file (.csv)"
        type="file"
        accept=".csv,text/csv"
        error={fieldError('survey-file')}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <button type="submit" className="button">
        Import survey
      </button>
    </form>
  );
}
