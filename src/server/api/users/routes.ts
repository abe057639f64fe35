import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ALL_COUNCILS } from '../../../auth/access.ts';
import {
  type Account,
  createAccount,
  findAccount,
  listAccounts,
  setPasswordHash,
  unlockAccount,
  updateAccount,
} from '../../../auth/accounts.ts';
import { generateOneTimePassword, hashPassword, passwordProblem } from '../../../auth/password.ts';
import type { Principal } from '../../../auth/principal.ts';
import { deleteUserSessions } from '../../../auth/sessions.ts';
import { recordAuditEvent } from '../../../store/index.ts';
import { requirePermission } from '../../plugins/auth.ts';
import { sendError } from '../../plugins/errors.ts';
import type { AuthRouteOptions } from '../session/session-cookie.ts';
import { presentAccount } from './presenter.ts';
import { createUserBody, updateUserBody, userParams } from './schema.ts';

const tags = ['users'];

/** An administrator manages an account only when every council of it is one of theirs. */
function canManage(principal: Principal, account: Account): boolean {
  if (principal.allCouncils) return true;
  if (account.councils.includes(ALL_COUNCILS)) return false;
  return account.councils.every((code) => principal.councils.includes(code));
}

/** An administrator sees accounts sharing a council with them (all, with every council). */
function canList(principal: Principal, account: Account): boolean {
  if (principal.allCouncils) return true;
  return account.councils.length === 0 || account.councils.some((code) => principal.councils.includes(code));
}

/** The councils field problem, or null: each must be one of the administrator's own. */
function councilsProblem(principal: Principal, councils: readonly string[]): string | null {
  const foreign = councils.filter((code) => !principal.councils.includes(code));
  return foreign.length === 0 ? null : `Not one of your councils: ${foreign.join(', ')}`;
}

function userNotFound(reply: FastifyReply) {
  return sendError(reply, 404, 'user-not-found', 'No such user among those you manage.');
}

/** Accounts (users:manage): list, create with a one-time password, change, unlock, reset the password. */
export async function userRoutes(root: FastifyInstance, options: AuthRouteOptions) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const preHandler = requirePermission('users:manage');

  async function managed(principal: Principal, id: number): Promise<Account | null> {
    const account = await findAccount(db, id);
    return account && canManage(principal, account) ? account : null;
  }

  app.get('/api/users', { preHandler, schema: { tags } }, async (request) => {
    const principal = request.principal as Principal;
    const accounts = await listAccounts(db);
    return { users: accounts.filter((a) => canList(principal, a)).map((a) => presentAccount(a)) };
  });

  app.post('/api/users', { preHandler, schema: { tags, body: createUserBody } }, async (request, reply) => {
    const principal = request.principal as Principal;
    const body = request.body;
    const councilProblem = councilsProblem(principal, body.councils);
    if (councilProblem)
      return sendError(reply, 400, 'invalid-request', `${councilProblem}.`, { councils: councilProblem });
    if (body.password !== undefined) {
      const problem = passwordProblem(body.password, body.username);
      if (problem) return sendError(reply, 400, 'weak-password', `${problem}.`, { password: problem });
    }
    const oneTimePassword = body.password === undefined ? generateOneTimePassword() : null;
    const result = await createAccount(db, {
      username: body.username,
      displayName: body.displayName,
      roles: body.roles,
      councils: body.councils,
      passwordHash: await hashPassword(body.password ?? (oneTimePassword as string)),
      mustChangePassword: true,
    });
    if (result.status === 'username-taken') {
      return sendError(reply, 409, 'username-taken', 'That username is already in use.', {
        username: 'Already in use',
      });
    }
    await recordAuditEvent(db, {
      actor: principal.username,
      action: 'user.create',
      detail: {
        userId: result.account.id,
        username: result.account.username,
        roles: body.roles,
        councils: body.councils,
      },
    });
    return reply.code(201).send({ user: presentAccount(result.account), oneTimePassword });
  });

  app.patch(
    '/api/users/:id',
    { preHandler, schema: { tags, params: userParams, body: updateUserBody } },
    async (request, reply) => {
      const principal = request.principal as Principal;
      const before = await managed(principal, request.params.id);
      if (!before) return userNotFound(reply);
      const change = request.body;
      if (change.councils) {
        const councilProblem = councilsProblem(principal, change.councils);
        if (councilProblem)
          return sendError(reply, 400, 'invalid-request', `${councilProblem}.`, { councils: councilProblem });
      }
      if (
        before.id === principal.userId &&
        (change.disabled === true || (change.roles && !change.roles.includes('admin')))
      ) {
        return sendError(
          reply,
          400,
          'cannot-change-self',
          'You cannot switch off your own account or remove your own administrator role.',
        );
      }
      const after = await updateAccount(db, before.id, change);
      if (!after) return userNotFound(reply);
      if (change.disabled === true) await deleteUserSessions(db, after.id);
      await recordAuditEvent(db, {
        actor: principal.username,
        action: 'user.update',
        detail: {
          userId: after.id,
          before: {
            displayName: before.displayName,
            roles: before.roles,
            councils: before.councils,
            disabled: before.disabled,
          },
          after: {
            displayName: after.displayName,
            roles: after.roles,
            councils: after.councils,
            disabled: after.disabled,
          },
        },
      });
      return { user: presentAccount(after) };
    },
  );

  app.post(
    '/api/users/:id/unlock',
    { preHandler, schema: { tags, params: userParams } },
    async (request, reply) => {
      const principal = request.principal as Principal;
      const account = await managed(principal, request.params.id);
      if (!account || !(await unlockAccount(db, account.id))) return userNotFound(reply);
      await recordAuditEvent(db, {
        actor: principal.username,
        action: 'user.unlock',
        detail: { userId: account.id },
      });
      const after = await findAccount(db, account.id);
      return { user: presentAccount(after as Account) };
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    { preHandler, schema: { tags, params: userParams } },
    async (request, reply) => {
      const principal = request.principal as Principal;
      const account = await managed(principal, request.params.id);
      if (!account) return userNotFound(reply);
      const oneTimePassword = generateOneTimePassword();
      await setPasswordHash(db, account.id, await hashPassword(oneTimePassword), true);
      await deleteUserSessions(db, account.id);
      await recordAuditEvent(db, {
        actor: principal.username,
        action: 'user.reset',
        detail: { userId: account.id },
      });
      return { oneTimePassword };
    },
  );
}
