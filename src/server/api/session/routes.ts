import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { demoUsers } from '../../../auth/initial-users.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../../auth/password.ts';
import type { Principal } from '../../../auth/principal.ts';
import { openSecret, sealSecret } from '../../../auth/secret-box.ts';
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  principalOfToken,
} from '../../../auth/sessions.ts';
import { MAX_FAILED_ATTEMPTS, signIn } from '../../../auth/sign-in.ts';
import { newTotpSecret, verifyTotp } from '../../../auth/totp.ts';
import { type Database, recordAuditEvent } from '../../../store/index.ts';
import { sendError } from '../../plugins/errors.ts';
import { presentSession } from './presenter.ts';
import {
  authConfigResponse,
  passwordChangeBody,
  sessionResponse,
  signInBody,
  totpDisableBody,
  totpEnableBody,
} from './schema.ts';
import { type AuthRouteOptions, SESSION_COOKIE } from './session-cookie.ts';

const tags = ['session'];

/** A hash of address and browser: lets the audit trail tell sessions apart without storing either. */
export function clientHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.ip}|${request.headers['user-agent'] ?? ''}`)
    .digest('hex')
    .slice(0, 32);
}

/** "14:05 UK time, in 15 minutes": when a locked account may try again. */
export function lockedMessage(until: Date, now = new Date()): string {
  const time = until.toLocaleTimeString('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
  });
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `This account is locked after ${MAX_FAILED_ATTEMPTS} failed sign-in attempts. Try again after ${time} UK time (in ${minutes} minute${minutes === 1 ? '' : 's'}), or ask an administrator to unlock it.`;
}

/** Signed in, even with a password still to change (these routes are how it gets changed). */
function needSession(request: FastifyRequest, reply: FastifyReply): Principal | null {
  if (!request.principal) {
    sendError(reply, 401, 'not-signed-in', 'Sign in to continue.');
    return null;
  }
  return request.principal;
}

/** The current session, signing in and out, password change and two-factor set-up. */
export async function sessionRoutes(root: FastifyInstance, options: AuthRouteOptions) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db } = options;

  app.get('/api/auth/config', { schema: { tags, response: { 200: authConfigResponse } } }, async () => ({
    oidc: { enabled: options.oidc !== null, label: options.oidc?.label ?? '' },
    ...(options.demo ? { demoUsers: demoUsers() } : {}),
  }));

  app.get(
    '/api/session',
    { schema: { tags, response: { 200: sessionResponse } } },
    async (request, reply) => {
      const principal = needSession(request, reply);
      return principal ? presentSession(principal) : reply;
    },
  );

  app.post(
    '/api/session',
    { config: { csrf: false }, schema: { tags, body: signInBody, response: { 200: sessionResponse } } },
    async (request, reply) => {
      const { username, password, totp } = request.body;
      if (!options.throttle.take([`ip:${request.ip}`, `user:${username.trim().toLowerCase()}`])) {
        reply.header('Retry-After', '60');
        return sendError(
          reply,
          429,
          'too-many-requests',
          'Too many sign-in attempts. Wait a minute and try again.',
        );
      }
      const result = await signIn(db, { username, password, ...(totp ? { totp } : {}) });
      switch (result.status) {
        case 'invalid-credentials':
          return sendError(reply, 401, 'invalid-credentials', 'The username or password is not right.');
        case 'totp-required':
          return sendError(
            reply,
            401,
            'totp-required',
            'Enter the six-digit code from your authenticator app.',
          );
        case 'locked':
          reply.header(
            'Retry-After',
            String(Math.max(1, Math.ceil((result.until.getTime() - Date.now()) / 1000))),
          );
          return sendError(reply, 423, 'account-locked', lockedMessage(result.until));
        case 'signed-in': {
          // A new session id on every sign-in (no fixation); the old one, if any, ends.
          if (request.principal) await deleteSession(db, request.principal.sessionId);
          const session = await createSession(db, result.userId, 'password', clientHash(request));
          await recordAuditEvent(db, {
            actor: result.username,
            action: 'sign-in',
            detail: { method: 'password', userId: result.userId },
          });
          reply.setCookie(SESSION_COOKIE, session.token, options.cookieOptions);
          const principal = await principalOfToken(db, session.token);
          if (!principal) throw new Error('a session just created could not be read back');
          return presentSession(principal);
        }
      }
    },
  );

  app.delete('/api/session', { schema: { tags } }, async (request, reply) => {
    const principal = needSession(request, reply);
    if (!principal) return reply;
    await deleteSession(db, principal.sessionId);
    await recordAuditEvent(db, {
      actor: principal.username,
      action: 'sign-out',
      detail: { userId: principal.userId },
    });
    reply.clearCookie(SESSION_COOKIE, options.cookieOptions);
    return reply.code(204).send();
  });

  app.post(
    '/api/session/password',
    { schema: { tags, body: passwordChangeBody } },
    async (request, reply) => {
      const principal = needSession(request, reply);
      if (!principal) return reply;
      if (!(await passwordMatches(db, principal.userId, request.body.current))) {
        return sendError(reply, 400, 'wrong-password', 'The current password is not right.', {
          current: 'The current password is not right',
        });
      }
      const problem = passwordProblem(request.body.next, principal.username);
      if (problem) return sendError(reply, 400, 'weak-password', `${problem}.`, { next: problem });
      await db
        .updateTable('user_account')
        .set({
          password_hash: await hashPassword(request.body.next),
          must_change_password: false,
          updated_at: new Date(),
        })
        .where('id', '=', principal.userId)
        .execute();
      await deleteUserSessions(db, principal.userId, principal.sessionId);
      await recordAuditEvent(db, {
        actor: principal.username,
        action: 'password.change',
        detail: { userId: principal.userId },
      });
      return reply.code(204).send();
    },
  );

  app.post('/api/session/totp/setup', { schema: { tags } }, async (request, reply) => {
    const principal = needSession(request, reply);
    if (!principal) return reply;
    if (principal.totpEnabled)
      return sendError(
        reply,
        409,
        'totp-already-enabled',
        'Two-factor sign-in is already on. Turn it off first to set up a new device.',
      );
    const { secret, otpauthUrl } = newTotpSecret(principal.username);
    await db
      .updateTable('user_account')
      .set({ totp_pending_secret: sealSecret(secret) })
      .where('id', '=', principal.userId)
      .execute();
    return { secret, otpauthUrl };
  });

  app.post('/api/session/totp/enable', { schema: { tags, body: totpEnableBody } }, async (request, reply) => {
    const principal = needSession(request, reply);
    if (!principal) return reply;
    const user = await db
      .selectFrom('user_account')
      .select('totp_pending_secret')
      .where('id', '=', principal.userId)
      .executeTakeFirstOrThrow();
    if (!user.totp_pending_secret)
      return sendError(reply, 409, 'totp-not-set-up', 'Start two-factor set-up first.');
    if (!(await verifyTotp(openSecret(user.totp_pending_secret), request.body.code.trim()))) {
      return sendError(
        reply,
        400,
        'invalid-code',
        'That code is not right. Check the time on your device and enter the current code.',
        { code: 'The code is not right' },
      );
    }
    await db
      .updateTable('user_account')
      .set({
        totp_secret: user.totp_pending_secret,
        totp_pending_secret: null,
        totp_enabled: true,
        updated_at: new Date(),
      })
      .where('id', '=', principal.userId)
      .execute();
    await recordAuditEvent(db, {
      actor: principal.username,
      action: 'totp.enable',
      detail: { userId: principal.userId },
    });
    return reply.code(204).send();
  });

  app.post(
    '/api/session/totp/disable',
    { schema: { tags, body: totpDisableBody } },
    async (request, reply) => {
      const principal = needSession(request, reply);
      if (!principal) return reply;
      if (!(await passwordMatches(db, principal.userId, request.body.password))) {
        return sendError(reply, 400, 'wrong-password', 'The password is not right.', {
          password: 'The password is not right',
        });
      }
      await db
        .updateTable('user_account')
        .set({ totp_secret: null, totp_pending_secret: null, totp_enabled: false, updated_at: new Date() })
        .where('id', '=', principal.userId)
        .execute();
      await recordAuditEvent(db, {
        actor: principal.username,
        action: 'totp.disable',
        detail: { userId: principal.userId },
      });
      return reply.code(204).send();
    },
  );
}

/** Whether `password` is the signed-in user's current password (asked again before sensitive changes). */
async function passwordMatches(db: Kysely<Database>, userId: number, password: string): Promise<boolean> {
  const user = await db
    .selectFrom('user_account')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return verifyPassword(user.password_hash, password);
}
