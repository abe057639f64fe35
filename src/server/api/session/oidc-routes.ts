import type { FastifyInstance, FastifyReply } from 'fastify';
import { OidcClient, type PendingOidcLogin, userForIdentity } from '../../../auth/oidc.ts';
import { newToken } from '../../../auth/session-token.ts';
import { createSession } from '../../../auth/sessions.ts';
import { recordAuditEvent } from '../../../store/index.ts';
import { escapeHtml, page } from '../../html.ts';
import { sendError } from '../../plugins/errors.ts';
import { clientHash } from './routes.ts';
import { type AuthRouteOptions, SESSION_COOKIE } from './session-cookie.ts';

const PENDING_COOKIE = 'oidc_tx';
const PENDING_MS = 10 * 60_000;

function refusal(reply: FastifyReply, status: number, title: string, text: string) {
  const body = `<h1>${escapeHtml(title)}</h1><p class="lede">${escapeHtml(text)}</p><p><a href="/">Back to the sign-in page</a></p>`;
  return reply.code(status).type('text/html; charset=utf-8').send(page(title, body));
}

/**
 * Single sign-on: `/api/auth/oidc/login` sends the browser to the council's provider (authorization code
 * with PKCE, state and nonce, kept server-side under a short-lived cookie handle); the callback checks
 * them, finds the linked account and starts a session. Unknown identities get a page, never an account.
 */
export async function oidcRoutes(app: FastifyInstance, options: AuthRouteOptions) {
  const { db } = options;
  const oidc = options.oidc ? new OidcClient(options.oidc) : null;
  const pending = new Map<string, PendingOidcLogin>();
  const pendingCookie = { ...options.cookieOptions, path: '/api/auth/oidc', maxAge: PENDING_MS / 1000 };
  const tags = ['session'];

  app.get('/api/auth/oidc/login', { schema: { tags } }, async (_request, reply) => {
    if (!oidc)
      return sendError(reply, 404, 'oidc-not-configured', 'Single sign-on is not set up on this server.');
    const now = Date.now();
    for (const [handle, login] of pending) if (now - login.createdAt > PENDING_MS) pending.delete(handle);
    const { url, pending: login } = await oidc.start(now);
    const handle = newToken();
    pending.set(handle, login);
    reply.setCookie(PENDING_COOKIE, handle, pendingCookie);
    return reply.redirect(url.href, 302);
  });

  app.get('/api/auth/oidc/callback', { schema: { tags } }, async (request, reply) => {
    if (!oidc)
      return sendError(reply, 404, 'oidc-not-configured', 'Single sign-on is not set up on this server.');
    const handle = request.cookies[PENDING_COOKIE] ?? '';
    const login = pending.get(handle);
    pending.delete(handle);
    reply.clearCookie(PENDING_COOKIE, pendingCookie);
    if (!login || Date.now() - login.createdAt > PENDING_MS) {
      return refusal(
        reply,
        400,
        'Sign-in expired',
        'The sign-in took too long or was started in another browser. Please start again.',
      );
    }
    const callbackUrl = new URL(oidc.settings.redirectUri);
    callbackUrl.search = new URL(request.url, 'http://callback').search;
    let identity: Awaited<ReturnType<OidcClient['finish']>>;
    try {
      identity = await oidc.finish(callbackUrl, login);
    } catch (error) {
      // The provider's message may quote the request; log only what kind of failure it was.
      request.log.warn(
        { errorName: (error as Error).name, errorCode: (error as { code?: string }).code },
        'oidc callback refused',
      );
      return refusal(
        reply,
        400,
        'Sign-in failed',
        'Your identity provider’s answer could not be checked. Please start again.',
      );
    }
    const found = await userForIdentity(db, identity, oidc.settings.autoLink);
    if (found.status !== 'linked') {
      await recordAuditEvent(db, {
        actor: identity.email ?? `oidc:${identity.subject}`,
        action: 'sign-in-failed',
        detail: {
          method: 'oidc',
          reason: found.status === 'unknown' ? 'unknown-identity' : 'disabled',
          issuer: identity.issuer,
        },
      });
      return refusal(
        reply,
        403,
        'No account for this sign-in',
        'Your council’s sign-in worked, but no Sufficiency account is linked to it (or the account is switched off). Ask your Sufficiency administrator to add you.',
      );
    }
    const session = await createSession(db, found.userId, 'oidc', clientHash(request));
    await recordAuditEvent(db, {
      actor: found.username,
      action: 'sign-in',
      detail: { method: 'oidc', userId: found.userId, issuer: identity.issuer },
    });
    reply.setCookie(SESSION_COOKIE, session.token, options.cookieOptions);
    return reply.redirect('/', 302);
  });
}
