import { Link } from '../../router/index.ts';

const TABS = [
  { key: 'carers', text: 'Carers' },
  { key: 'homes', text: 'Homes' },
  { key: 'market', text: 'Market' },
  { key: 'requests', text: 'Requests' },
  { key: 'gap', text: 'Gap' },
  { key: 'plan', text: 'Plan' },
] as const;

export type SupplyTab = (typeof TABS)[number]['key'];

/** The address of a supply screen. */
export function supplyPath(code: string, tab: SupplyTab): string {
  return `/councils/${encodeURIComponent(code)}/supply/${tab}`;
}

/** The supply screens' sub-navigation: carers, homes, market, requests, gap, plan. */
export function SupplyNav({ code, current }: { code: string; current: SupplyTab }) {
  return (
    <nav className="sub-nav" aria-label="Supply">
      <ul>
        {TABS.map((t) => (
          <li key={t.key}>
            <Link href={supplyPath(code, t.key)} aria-current={t.key === current ? 'page' : undefined}>
              {t.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
