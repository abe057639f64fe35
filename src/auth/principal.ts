import type { Role } from './roles.ts';

/** The signed-in user as every request handler sees it (from a server-side session). */
export interface Principal {
  userId: number;
  username: string;
  displayName: string;
  roles: Role[];
  /** ONS codes of the councils this user may see. */
  councils: string[];
  /** How this session was signed in. */
  method: 'password' | 'oidc';
  sessionId: string;
}
