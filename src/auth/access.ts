import type { Principal } from './principal.ts';
import { type Permission, permissionsOf } from './roles.ts';

/** The council code in `user_council` that grants every council (given to the first admin). */
export const ALL_COUNCILS = '*';

/** Whether the signed-in user holds a permission through any of their roles. */
export function hasPermission(principal: Principal, permission: Permission): boolean {
  return permissionsOf(principal.roles).has(permission);
}

/**
 * Whether the user belongs to a council. A council they may not see is answered as if it did not exist.
 *
 * ### Example
 * ```ts
 * canSeeCouncil({ ...principal, councils: ['E06000016'] }, 'E09000033'); // false
 * ```
 */
export function canSeeCouncil(principal: Principal, councilCode: string): boolean {
  return principal.councils.includes(councilCode);
}
