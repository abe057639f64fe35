import { type ReactNode, useEffect } from 'react';
import { REGION } from './components/council-picker.tsx';
import { CouncilsProvider, useCouncils } from './components/councils-context.tsx';
import { Layout } from './components/layout.tsx';
import { AccountPage } from './pages/account-page.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { ChildPage } from './pages/child-page.tsx';
import { ChildrenPage } from './pages/children-page.tsx';
import { DataPage } from './pages/data-page.tsx';
import { ErrorPage } from './pages/error-pages.tsx';
import { FirstPasswordPage } from './pages/first-password-page.tsx';
import { ForecastPage } from './pages/forecast/forecast-page.tsx';
import { IndicatorChildrenPage } from './pages/indicators/indicator-children-page.tsx';
import { IndicatorsPage } from './pages/indicators/indicators-page.tsx';
import { LocalDataPage } from './pages/local-data/local-data-page.tsx';
import { LocalSchemaPage } from './pages/local-data/local-schema-page.tsx';
import { OverviewPage } from './pages/overview-page.tsx';
import { SettingsPage } from './pages/settings-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { EditionChangesPage } from './pages/statements/edition-changes-page.tsx';
import { EditionPage } from './pages/statements/edition-page.tsx';
import { EditionPreviewPage } from './pages/statements/edition-preview-page.tsx';
import { StatementsPage } from './pages/statements/statements-page.tsx';
import { StrategyHistoryPage } from './pages/strategy/history-page.tsx';
import { KpiPage } from './pages/strategy/kpi-page.tsx';
import { StrategyPage } from './pages/strategy/strategy-page.tsx';
import { CarersPage } from './pages/supply/carers-page.tsx';
import { GapPage } from './pages/supply/gap-page.tsx';
import { HomesPage } from './pages/supply/homes-page.tsx';
import { MarketPage } from './pages/supply/market-page.tsx';
import { PlanPage } from './pages/supply/plan-page.tsx';
import { RequestsPage } from './pages/supply/requests-page.tsx';
import { SupplyLanding } from './pages/supply/supply-landing.tsx';
import { SurveyPage } from './pages/surveys/survey-page.tsx';
import { SurveysPage } from './pages/surveys/surveys-page.tsx';
import { UsersPage } from './pages/users-page.tsx';
import { matchPath, navigate, Redirect, useLocation } from './router/index.ts';
import { can, SessionProvider, useSession } from './session/index.ts';

interface Route {
  pattern: string;
  /** Needed to see the screen; without it the 403 page shows. */
  permission?: string;
  render(params: Record<string, string>): ReactNode;
}

const ROUTES: Route[] = [
  { pattern: '/region', render: () => <OverviewPage code={REGION} /> },
  { pattern: '/councils/:code', render: (p) => <OverviewPage code={p.code ?? ''} /> },
  { pattern: '/councils/:code/data', render: (p) => <DataPage code={p.code ?? ''} tab="upload" /> },
  { pattern: '/councils/:code/data/history', render: (p) => <DataPage code={p.code ?? ''} tab="history" /> },
  {
    pattern: '/councils/:code/data/findings',
    render: (p) => <DataPage code={p.code ?? ''} tab="findings" />,
  },
  { pattern: '/councils/:code/local-data', render: (p) => <LocalDataPage code={p.code ?? ''} /> },
  {
    pattern: '/councils/:code/local-data/:kind',
    render: (p) => <LocalSchemaPage code={p.code ?? ''} kind={p.kind ?? ''} />,
  },
  {
    pattern: '/councils/:code/indicators',
    render: (p) => <Redirect to={`/councils/${encodeURIComponent(p.code ?? '')}/indicators/population`} />,
  },
  {
    pattern: '/councils/:code/indicators/:theme',
    render: (p) => <IndicatorsPage code={p.code ?? ''} theme={p.theme ?? ''} />,
  },
  {
    pattern: '/councils/:code/indicators/:theme/children',
    permission: 'children:read',
    render: (p) => <IndicatorChildrenPage code={p.code ?? ''} theme={p.theme ?? ''} />,
  },
  {
    pattern: '/councils/:code/children',
    permission: 'children:read',
    render: (p) => <ChildrenPage code={p.code ?? ''} />,
  },
  {
    pattern: '/councils/:code/children/:id',
    permission: 'children:read',
    render: (p) => <ChildPage code={p.code ?? ''} id={p.id ?? ''} />,
  },
  {
    pattern: '/councils/:code/settings',
    permission: 'settings:edit',
    render: (p) => <SettingsPage code={p.code ?? ''} />,
  },
  { pattern: '/councils/:code/forecast', render: (p) => <ForecastPage code={p.code ?? ''} /> },
  { pattern: '/councils/:code/strategy', render: (p) => <StrategyPage code={p.code ?? ''} /> },
  { pattern: '/councils/:code/strategy/kpis', render: (p) => <KpiPage code={p.code ?? ''} /> },
  { pattern: '/councils/:code/strategy/history', render: (p) => <StrategyHistoryPage code={p.code ?? ''} /> },
  { pattern: '/councils/:code/strategy/surveys', render: (p) => <SurveysPage code={p.code ?? ''} /> },
  {
    pattern: '/councils/:code/strategy/surveys/:id',
    render: (p) => <SurveyPage code={p.code ?? ''} id={p.id ?? ''} />,
  },
  { pattern: '/councils/:code/statements', render: (p) => <StatementsPage code={p.code ?? ''} /> },
  {
    pattern: '/councils/:code/statements/:number',
    render: (p) => <EditionPage code={p.code ?? ''} number={p.number ?? ''} />,
  },
  {
    pattern: '/councils/:code/statements/:number/preview',
    render: (p) => <EditionPreviewPage code={p.code ?? ''} number={p.number ?? ''} />,
  },
  {
    pattern: '/councils/:code/statements/:number/changes',
    render: (p) => <EditionChangesPage code={p.code ?? ''} number={p.number ?? ''} />,
  },
  { pattern: '/councils/:code/supply', render: (p) => <SupplyLanding code={p.code ?? ''} /> },
  { pattern: '/councils/:code/supply/carers', render: (p) => <CarersPage code={p.code ?? ''} /> },
  { pattern: '/councils/:code/supply/homes', render: (p) => <HomesPage code={p.code ?? ''} /> },
  { pattern: '/councils/:code/supply/market', render: (p) => <MarketPage code={p.code ?? ''} /> },
  { pattern: '/councils/:code/supply/requests', render: (p) => <RequestsPage code={p.code ?? ''} /> },
  { pattern: '/councils/:code/supply/gap', render: (p) => <GapPage code={p.code ?? ''} /> },
  { pattern: '/councils/:code/supply/plan', render: (p) => <PlanPage code={p.code ?? ''} /> },
  { pattern: '/users', permission: 'users:manage', render: () => <UsersPage /> },
  { pattern: '/audit', permission: 'audit:read', render: () => <AuditPage /> },
  { pattern: '/account', render: () => <AccountPage /> },
];

/** `/` goes to the first council's overview (or the regional view's picker when there are none yet). */
function Home() {
  const { data, error, loading } = useCouncils();
  const first = data?.[0];
  useEffect(() => {
    if (first) navigate(`/councils/${encodeURIComponent(first.code)}`, { replace: true });
  }, [first]);
  if (error) return <ErrorPage status={error.status} message={error.message} />;
  if (loading || first) return <p className="body">Loading…</p>;
  return (
    <ErrorPage status={404} message="Your account is not linked to any council yet. Ask an administrator." />
  );
}

function SignedInApp() {
  const { user } = useSession();
  const { path } = useLocation();
  const councils = useCouncils();
  if (!user) return null;
  // Screens look their council up in this list (a council the user may not see is a 404), so wait for it.
  if (!councils.data && !councils.error) return <Layout>{<p className="body">Loading…</p>}</Layout>;
  const council = matchPath('/councils/:code', path.split('/').slice(0, 3).join('/'))?.code;
  let page: ReactNode = <ErrorPage status={404} />;
  if (path === '/' || path === '/sign-in') page = <Home />;
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    page =
      route.permission && !can(user, route.permission) ? <ErrorPage status={403} /> : route.render(params);
    break;
  }
  const remembered = sessionStorage.getItem('council');
  const mine = user.councils.some((c) => c.code === remembered) ? remembered : undefined;
  const lastCouncil = council ?? mine ?? user.councils[0]?.code;
  if (council) sessionStorage.setItem('council', council);
  return <Layout council={lastCouncil}>{page}</Layout>;
}

function Screens() {
  const { user, error } = useSession();
  if (user === undefined && error) {
    return (
      <Layout>
        <ErrorPage status={500} message={error.message} />
      </Layout>
    );
  }
  if (user === undefined) return <Layout>{null}</Layout>;
  if (user === null) {
    return (
      <Layout>
        <SignInPage />
      </Layout>
    );
  }
  if (user.mustChangePassword) {
    return (
      <Layout>
        <FirstPasswordPage />
      </Layout>
    );
  }
  return (
    <CouncilsProvider key={user.id}>
      <SignedInApp />
    </CouncilsProvider>
  );
}

/** The whole front end: session, then the screen for the current address. */
export function App() {
  return (
    <SessionProvider>
      <Screens />
    </SessionProvider>
  );
}
