import { useCouncil } from '../components/councils-context.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { Link, navigate, Redirect, useLocation } from '../router/index.ts';
import { can, useSession } from '../session/index.ts';
import { ErrorPage } from './error-pages.tsx';
import { FindingsTable } from './returns/findings-table.tsx';
import { ImportHistory } from './returns/import-history.tsx';
import { JobProgress } from './returns/job-progress.tsx';
import { UploadForm } from './returns/upload-form.tsx';

export type DataTab = 'upload' | 'history' | 'findings';

const TABS: { tab: DataTab; text: string; suffix: string; permission: string }[] = [
  { tab: 'upload', text: 'Upload', suffix: '', permission: 'data:import' },
  { tab: 'history', text: 'Import history', suffix: '/history', permission: 'data:import' },
  { tab: 'findings', text: 'Findings', suffix: '/findings', permission: 'data:findings' },
];

/** Loading and checking the council's 903 returns: upload with live progress, history, findings. */
export function DataPage({ code, tab }: { code: string; tab: DataTab }) {
  const { user } = useSession();
  const council = useCouncil(code);
  const { search } = useLocation();
  const current = TABS.find((t) => t.tab === tab);
  usePageTitle(current?.text, 'Data', council?.name);
  const allowed = TABS.filter((t) => can(user, t.permission));
  if (!council) return <ErrorPage status={404} />;
  if (!current || !can(user, current.permission)) {
    const first = allowed[0];
    if (tab === 'upload' && first)
      return <Redirect to={`/councils/${encodeURIComponent(code)}/data${first.suffix}`} />;
    return <ErrorPage status={403} />;
  }
  const base = `/councils/${encodeURIComponent(code)}/data`;
  const job = search.get('job');
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Data</h1>
      <nav className="sub-nav" aria-label="Data">
        <ul>
          {allowed.map((t) => (
            <li key={t.tab}>
              <Link href={base + t.suffix} aria-current={t.tab === tab ? 'page' : undefined}>
                {t.text}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'upload' ? (
        job ? (
          <>
            <JobProgress key={job} id={job} code={code} />
            <p className="body">
              <Link href={base}>Upload another return</Link>
            </p>
          </>
        ) : (
          <UploadForm code={code} onStarted={(id) => navigate(`${base}?job=${encodeURIComponent(id)}`)} />
        )
      ) : null}
      {tab === 'history' ? <ImportHistory code={code} canRestore={can(user, 'data:import')} /> : null}
      {tab === 'findings' ? (
        <FindingsTable code={code} years={council.years} childLinks={can(user, 'children:read')} />
      ) : null}
    </>
  );
}
