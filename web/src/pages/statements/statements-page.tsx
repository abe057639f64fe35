import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary, ErrorSummary } from '../../components/error-summary.tsx';
import { TextInput } from '../../components/fields.tsx';
import { Tag } from '../../components/tag.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDate } from '../../format/format.ts';
import { Link, navigate } from '../../router/index.ts';
import { can, useSession } from '../../session/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import {
  type Edition,
  type EditionList,
  editionsPath,
  STATUS_TONES,
  statementsHref,
} from './statement-types.ts';

/** The council's statement editions with their status, and a form to start the next one. */
export function StatementsPage({ code }: { code: string }) {
  const council = useCouncil(code);
  const { user } = useSession();
  usePageTitle('Sufficiency statements', council?.name);
  const { data, error } = useApi<EditionList>(council ? editionsPath(code) : null);
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  const open = data?.editions.find((e) => ['draft', 'in-review', 'approved'].includes(e.status));
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Sufficiency statements</h1>
      <p className="body">
        The Market Position and Sufficiency Statement, edition by edition: drafted, reviewed, approved by a
        second person and published. Published editions are on the{' '}
        <a href={data?.publicPage ?? '#'}>public page for providers</a> (no sign-in).
      </p>
      <ApiErrorSummary error={error} />
      {data ? <EditionsTable code={code} editions={data.editions} /> : <p className="body">Loading…</p>}
      {data && can(user, 'plan:edit') && !open ? <StartEdition code={code} /> : null}
      {open ? (
        <p className="body">
          Edition {open.number} is in progress: publish or withdraw it before starting another.
        </p>
      ) : null}
    </>
  );
}

function EditionsTable({ code, editions }: { code: string; editions: Edition[] }) {
  if (editions.length === 0) return <p className="body">No edition has been started yet.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption table__caption--s">Editions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Edition</th>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Last edited</th>
            <th scope="col">Published</th>
          </tr>
        </thead>
        <tbody>
          {editions.map((e) => (
            <tr key={e.number}>
              <td>{e.number}</td>
              <td>
                <Link href={`${statementsHref(code)}/${e.number}`}>{e.title}</Link>
              </td>
              <td>
                <Tag tone={STATUS_TONES[e.status]}>{e.statusLabel}</Tag>
              </td>
              <td>
                {formatDate(e.lastEdited.at)} by {e.lastEdited.by}
              </td>
              <td>{e.published ? `${formatDate(e.published.at)} by ${e.published.by}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StartEdition({ code }: { code: string }) {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setProblem('Enter a title for the edition, like “Sufficiency statement, spring 2027”');
      return;
    }
    setProblem(undefined);
    setBusy(true);
    try {
      const made = await api<Edition>('POST', editionsPath(code), { title: title.trim() });
      navigate(`${statementsHref(code)}/${made.number}`);
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel-form" onSubmit={submit} noValidate>
      <h2 className="heading-m">Start the next edition</h2>
      {problem ? <ErrorSummary errors={[{ text: problem, href: '#edition-title' }]} /> : null}
      <ApiErrorSummary error={failure} />
      <TextInput
        id="edition-title"
        label="Title"
        hint="The narrative of the last published edition is copied in, ready to update."
        value={title}
        error={problem}
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit" className="button" disabled={busy}>
        Start edition
      </button>
    </form>
  );
}
