import { describe, expect, it } from 'vitest';
import { canSeeCouncil, hasPermission } from './access.ts';
import type { Principal } from './principal.ts';

const viewer: Principal = {
  userId: 1,
  username: 'v',
  displayName: 'V',
  roles: ['viewer'],
  councils: ['E06000016'],
  method: 'password',
  sessionId: 's',
};

describe('access', () => {
  it('gives a viewer aggregate figures and never child records', () => {
    expect(hasPermission(viewer, 'figures:read')).toBe(true);
    expect(hasPermission(viewer, 'children:read')).toBe(false);
    expect(hasPermission({ ...viewer, roles: ['viewer', 'commissioner'] }, 'children:read')).toBe(true);
  });

  it('lets a user see only their councils', () => {
    expect(canSeeCouncil(viewer, 'E06000016')).toBe(true);
    expect(canSeeCouncil(viewer, 'E06000018')).toBe(false);
  });
});
