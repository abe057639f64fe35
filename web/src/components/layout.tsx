import { type ReactNode, useEffect, useRef } from 'react';
import { Link, navigate, useLocation } from '../router/index.ts';
import { can, useSession } from '../session/index.ts';

interface NavItem {
  href: string;
  text: string;
  /** Paths under this prefix mark the item as current. */
  prefix: string;
}

function navItems(council: string | undefined, permissions: (p: string) => boolean): NavItem[] {
  const items: NavItem[] = [];
  if (council) {
    const base = `/councils/${encodeURIComponent(council)}`;
    items.push({ href: base, text: 'Overview', prefix: `${base}$` });
    items.push({ href: `${base}/indicators/population`, text: 'Indicators', prefix: `${base}/indicators` });
    if (permissions('data:import') || permissions('data:findings'))
      items.push({ href: `${base}/data`, text: 'Data', prefix: `${base}/data` });
    items.push({ href: `${base}/local-data`, text: 'Local data', prefix: `${base}/local-data` });
    if (permissions('children:read'))
      items.push({ href: `${base}/children`, text: 'Children', prefix: `${base}/children` });
    items.push({ href: `${base}/supply`, text: 'Supply', prefix: `${base}/supply` });
    items.push({ href: `${base}/forecast`, text: 'Forecast', prefix: `${base}/forecast` });
    items.push({ href: `${base}/strategy`, text: 'Strategy', prefix: `${base}/strategy` });
    items.push({ href: `${base}/statements`, text: 'Statements', prefix: `${base}/statements` });
    if (permissions('settings:edit'))
      items.push({ href: `${base}/settings`, text: 'Settings', prefix: `${base}/settings` });
  }
  if (permissions('users:manage')) items.push({ href: '/users', text: 'Users', prefix: '/users' });
  if (permissions('audit:read')) items.push({ href: '/audit', text: 'Audit log', prefix: '/audit' });
  return items;
}

function isCurrent(item: NavItem, path: string): boolean {
  return item.prefix.endsWith('$') ? path === item.prefix.slice(0, -1) : path.startsWith(item.prefix);
}

/**
 * The frame of every screen: skip link, header with the service name and account links, the phase
 * banner in the demo, the main navigation and the main content area (focused after each navigation so
 * screen readers start at the new page).
 */
export function Layout({ council, children }: { council?: string | undefined; children: ReactNode }) {
  const { user, demo, signOut } = useSession();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation (path change)
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus();
  }, [path]);
  const items = user ? navItems(council, (p) => can(user, p)) : [];
  return (
    <>
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="header">
        <div className="header__container width-container">
          <Link className="header__service" href="/">
            Sufficiency
          </Link>
          {user ? (
            <div className="header__account">
              <span className="header__user">{user.displayName}</span>
              <Link className="header__link" href="/account">
                Your account
              </Link>
              <button
                type="button"
                className="header__signout"
                onClick={() => void signOut().then(() => navigate('/'))}
              >
                Sign out
              </button>
            </div>
          ) : null}
        </div>
      </header>
      {items.length ? (
        <nav className="service-nav" aria-label="Menu">
          <ul className="service-nav__list width-container">
            {items.map((item) => {
              const current = isCurrent(item, path);
              return (
                <li
                  key={item.href}
                  className={`service-nav__item${current ? ' service-nav__item--current' : ''}`}
                >
                  <Link href={item.href} aria-current={current ? 'page' : undefined}>
                    {item.text}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      <div className="width-container">
        {demo ? (
          <div className="phase-banner">
            <strong className="tag tag--blue">Demo</strong>{' '}
            <span>This is a demo with synthetic data. No real child is described here.</span>
          </div>
        ) : null}
        <main className="main" id="main-content" tabIndex={-1} ref={main}>
          {children}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p>Sufficiency — planning enough homes for children in care.</p>
          <p>
            <a href="/api/docs">API documentation</a>
          </p>
        </div>
      </footer>
    </>
  );
}
