import { Link } from '../../router/index.ts';

const TABS = [
  { key: 'plan', suffix: '', text: 'Priorities and actions' },
  { key: 'kpis', suffix: '/kpis', text: 'KPIs' },
  { key: 'history', suffix: '/history', text: 'History' },
  { key: 'surveys', suffix: '/surveys', text: 'Surveys' },
] as const;

export type StrategyTab = (typeof TABS)[number]['key'];

/** The strategy's sub-navigation: plan, KPIs, history of changes, surveys. */
export function StrategyNav({ code, current }: { code: string; current: StrategyTab }) {
  const base = `/councils/${encodeURIComponent(code)}/strategy`;
  return (
    <nav className="sub-nav" aria-label="Strategy">
      <ul>
        {TABS.map((t) => (
          <li key={t.key}>
            <Link href={base + t.suffix} aria-current={t.key === current ? 'page' : undefined}>
              {t.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
