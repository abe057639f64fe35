import type { Role } from './roles.ts';

/** The signed-in user as every request handler sees it (from a server-side session). */
export interface Principal {
  userId: number;
  username: string;
  displayName: string;
  roles: Role[];
  /** ONS codes of the councils this user may see. */
  councils: string[];
  /** Granted every council (the '*' wildcard), including ones added to the registry later. */
  allCouncils?: boolean;
  /** How this session was signed in. */
  method: 'password' | 'oidc';
  sessionId: string;
  /** Set on a new account or after a reset: every other API answers 403 until the password is changed. */
  mustChangePassword?: boolean;
  totpEnabled?: boolean;
  /** The session's synchroniser token, expected in `x-csrf-token` on state-changing requests. */
  csrfToken?: string;
}
