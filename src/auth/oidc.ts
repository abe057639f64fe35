import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import { type Database, recordAuditEvent } from '../store/index.ts';

/** Single sign-on with the council's OpenID Connect provider, from the environment. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Button text on the sign-in page. */
  label: string;
  /** 'email': an unlinked identity whose email equals a username is linked to that account. */
  autoLink: 'email' | null;
}

/** Reads `OIDC_ISSUER`, `OIDC_CLIENT_ID`, `OIDC_CLIENT_SECRET`, `OIDC_REDIRECT_URI` (all needed), `OIDC_LABEL`, `OIDC_AUTO_LINK`. */
export function oidcSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
): OidcSettings | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI } = env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET || !OIDC_REDIRECT_URI) return null;
  return {
    issuer: new URL(OIDC_ISSUER),
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    redirectUri: OIDC_REDIRECT_URI,
    label: env.OIDC_LABEL || 'Sign in with your council account',
    autoLink: env.OIDC_AUTO_LINK === 'email' ? 'email' : null,
  };
}

/** What the browser must bring back to the callback: kept server-side, found by a cookie handle. */
export interface PendingOidcLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  createdAt: number;
}

export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
}

/** The relying party: discovery once (lazily), then authorization code + PKCE + state + nonce. */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private config(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    // Plain http only for a provider on this machine (the tests' local provider).
    const local =
      issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    this.configuration ??= client
      .discovery(
        issuer,
        clientId,
        undefined,
        client.ClientSecretBasic(clientSecret),
        local ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  /** The provider's authorization URL and the secrets to check the answer against. */
  async start(now = Date.now()): Promise<{ url: URL; pending: PendingOidcLogin }> {
    const config = await this.config();
    const pending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      createdAt: now,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /** Exchanges the code from the callback URL and checks state, nonce and the ID token. Throws on any mismatch. */
  async finish(callbackUrl: URL, pending: PendingOidcLogin): Promise<OidcIdentity> {
    const config = await this.config();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider returned no ID token');
    let email = verifiedEmail(claims);
    // Providers that conform ID token claims put scope claims (email) only in userinfo.
    if (email === null && this.settings.autoLink === 'email') {
      email = verifiedEmail(await client.fetchUserInfo(config, tokens.access_token, claims.sub));
    }
    return { issuer: claims.iss, subject: claims.sub, email };
  }
}

function verifiedEmail(claims: Record<string, unknown>): string | null {
  return typeof claims.email === 'string' && claims.email_verified !== false ? claims.email : null;
}

export type OidcUserResult =
  | { status: 'linked'; userId: number; username: string }
  | { status: 'unknown' }
  | { status: 'disabled' };

/**
 * The local account for an identity: a linked one, or (with auto-link by email) the account whose username
 * is the verified email, which is then linked. Unknown identities are refused, never created.
 */
export async function userForIdentity(
  db: Kysely<Database>,
  identity: OidcIdentity,
  autoLink: OidcSettings['autoLink'],
): Promise<OidcUserResult> {
  let user = await db
    .selectFrom('oidc_identity as i')
    .innerJoin('user_account as u', 'u.id', 'i.user_id')
    .select(['u.id', 'u.username', 'u.disabled'])
    .where('i.issuer', '=', identity.issuer)
    .where('i.subject', '=', identity.subject)
    .executeTakeFirst();
  if (!user && autoLink === 'email' && identity.email) {
    const email = identity.email.toLowerCase();
    user = await db
      .selectFrom('user_account as u')
      .select(['u.id', 'u.username', 'u.disabled'])
      .where((eb) => eb(eb.fn('lower', ['u.username']), '=', email))
      .executeTakeFirst();
    if (user && !user.disabled) {
      await db
        .insertInto('oidc_identity')
        .values({ issuer: identity.issuer, subject: identity.subject, user_id: user.id })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await recordAuditEvent(db, {
        actor: user.username,
        action: 'user.link-identity',
        detail: { userId: user.id, issuer: identity.issuer },
      });
    }
  }
  if (!user) return { status: 'unknown' };
  if (user.disabled) return { status: 'disabled' };
  return { status: 'linked', userId: user.id, username: user.username };
}

/** Links an identity to an account (an administrator's act, or a test's). */
export async function linkIdentity(
  db: Kysely<Database>,
  userId: number,
  issuer: string,
  subject: string,
): Promise<void> {
  await db
    .insertInto('oidc_identity')
    .values({ issuer, subject, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
