/**
 * Who may do what. Roles are granted per user; a user belongs to one or more councils and sees only those.
 * A permission is checked together with the council the request is about (see access.ts).
 */
export type Role = 'admin' | 'analyst' | 'commissioner' | 'viewer';

export const ROLES: readonly Role[] = ['admin', 'analyst', 'commissioner', 'viewer'];

export type Permission =
  /** Aggregate figures: overview, indicators, forecasts, published statements. Every role. */
  | 'figures:read'
  /** Child-level records: the children list, a child's timeline, findings naming children. Never viewers. */
  | 'children:read'
  /** Upload 903 and local data, restore batches. */
  | 'data:import'
  /** Data-quality findings (they name children and rows). */
  | 'data:findings'
  /** Run forecasts and backtests, save scenarios. */
  | 'forecast:run'
  /** Edit the unit costs and inflation a council's forecasts use. */
  | 'forecast:costs'
  /** Edit supply, strategy and statements. */
  | 'plan:edit'
  /** Edit the sufficiency strategy (priorities, actions, updates, KPIs) and surveys; every change is kept in its history. */
  | 'strategy:edit'
  /** Approve and publish statement editions (a second person: not the last editor). */
  | 'statements:approve'
  /** Council settings: population, category mapping, postcode directory. */
  | 'settings:edit'
  /** Accounts and roles. */
  | 'users:manage'
  /** Search and export the audit log. */
  | 'audit:read';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'figures:read',
    'settings:edit',
    'users:manage',
    'audit:read',
    'statements:approve',
    'strategy:edit',
    'forecast:run',
    'forecast:costs',
  ],
  analyst: [
    'figures:read',
    'children:read',
    'data:import',
    'data:findings',
    'forecast:run',
    'forecast:costs',
    'strategy:edit',
  ],
  commissioner: [
    'figures:read',
    'children:read',
    'plan:edit',
    'forecast:run',
    'statements:approve',
    'strategy:edit',
  ],
  viewer: ['figures:read'],
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  analyst: 'Performance analyst',
  commissioner: 'Commissioner',
  viewer: 'Viewer (aggregate figures only)',
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
