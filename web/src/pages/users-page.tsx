import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ROLE_LABELS, type Role, type UserRow } from '../api/types.ts';
import { useCouncils } from '../components/councils-context.tsx';
import { ApiErrorSummary, type ErrorItem, ErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';
import { NotificationBanner } from '../components/notification-banner.tsx';
import { Tag } from '../components/tag.tsx';
import { useApi } from '../components/use-api.ts';
import { usePageTitle } from '../components/use-page-title.ts';

const ROLES = Object.keys(ROLE_LABELS) as Role[];
const codesOf = (councils: UserRow['councils']) => councils.map((c) => c.code);

interface Draft {
  username: string;
  displayName: string;
  roles: Role[];
  councils: string[];
}

/** Accounts: list, create (the one-time password shows once), edit roles and councils, unlock, reset. */
export function UsersPage() {
  usePageTitle('Users');
  const { data, error, reload } = useApi<UserRow[] | { users: UserRow[] }>('/api/users');
  const users = Array.isArray(data) ? data : (data?.users ?? []);
  const [editing, setEditing] = useState<UserRow | 'new' | undefined>(undefined);
  const [secret, setSecret] = useState<{ username: string; password: string } | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [actionError, setActionError] = useState<ApiError | undefined>(undefined);

  const act = async (run: () => Promise<void>) => {
    setActionError(undefined);
    setNotice(undefined);
    setSecret(undefined);
    try {
      await run();
      reload();
    } catch (caught) {
      setActionError(asApiError(caught));
    }
  };
  const unlock = (user: UserRow) =>
    act(async () => {
      await api('POST', `/api/users/${user.id}/unlock`);
      setNotice(`${user.displayName} can sign in again.`);
    });
  const reset = (user: UserRow) =>
    act(async () => {
      const { oneTimePassword } = await api<{ oneTimePassword: string }>(
        'POST',
        `/api/users/${user.id}/reset-password`,
      );
      setSecret({ username: user.username, password: oneTimePassword });
    });

  return (
    <>
      <h1 className="heading-xl">Users</h1>
      {secret ? <OneTimePassword {...secret} /> : null}
      {notice ? (
        <NotificationBanner title="Success" success>
          <p className="body">{notice}</p>
        </NotificationBanner>
      ) : null}
      <ApiErrorSummary error={actionError ?? error} />
      {editing ? (
        <UserForm
          user={editing === 'new' ? undefined : editing}
          onDone={(result) => {
            setEditing(undefined);
            if (result?.oneTimePassword)
              setSecret({ username: result.username, password: result.oneTimePassword });
            else if (result) setNotice(`The account ${result.username} has been saved.`);
            reload();
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Create a user
        </button>
      )}
      <table className="table">
        <caption className="table__caption">Accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Roles</th>
            <th scope="col">Councils</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.displayName}
                <span className="cell-note">{user.username}</span>
              </th>
              <td>{user.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')}</td>
              <td>
                {user.allCouncils ? 'All councils' : user.councils.map((c) => c.name).join(', ') || '–'}
              </td>
              <td>
                {user.locked ? <Tag tone="red">Locked</Tag> : <Tag tone="green">Active</Tag>}
                {user.totpEnabled ? <span className="cell-note">Two-factor on</span> : null}
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setEditing(user)}
                >
                  Edit<span className="visually-hidden"> {user.username}</span>
                </button>
                {user.locked ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => void unlock(user)}
                  >
                    Unlock<span className="visually-hidden"> {user.username}</span>
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button--warning button--small"
                  onClick={() => void reset(user)}
                >
                  Reset password<span className="visually-hidden"> of {user.username}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <NotificationBanner title="One-time password" success>
      <p className="body">
        Give this password to <strong>{username}</strong> in person or by phone. It is shown only once; they
        must choose their own password when they sign in.
      </p>
      <p className="one-time-password" data-testid="one-time-password">
        <code>{password}</code>
      </p>
    </NotificationBanner>
  );
}

function UserForm({
  user,
  onDone,
}: {
  user: UserRow | undefined;
  onDone(result?: { username: string; oneTimePassword?: string }): void;
}) {
  const { data: councils } = useCouncils();
  const [draft, setDraft] = useState<Draft>({
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    roles: user?.roles ?? [],
    councils: user ? codesOf(user.councils) : [],
  });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const toggle = <K extends 'roles' | 'councils'>(key: K, value: Draft[K][number]) =>
    setDraft((d) => {
      const list = d[key] as string[];
      return { ...d, [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] };
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: ErrorItem[] = [];
    if (!user && !/^[a-z0-9._-]{2,64}$/i.test(draft.username))
      found.push({
        text: 'Enter a username of letters, digits, dots, dashes or underscores',
        href: '#user-username',
      });
    if (!draft.displayName.trim()) found.push({ text: 'Enter the person’s name', href: '#user-name' });
    if (!draft.roles.length) found.push({ text: 'Choose at least one role', href: '#role-admin' });
    if (!draft.councils.length && !user?.allCouncils)
      found.push({ text: 'Choose at least one council', href: `#council-${councils?.[0]?.code ?? ''}` });
    setErrors(found);
    if (found.length) return;
    try {
      if (user) {
        await api('PATCH', `/api/users/${user.id}`, {
          displayName: draft.displayName.trim(),
          roles: draft.roles,
          // An account for all councils keeps that unless some are chosen.
          ...(draft.councils.length ? { councils: draft.councils } : {}),
        });
        onDone({ username: user.username });
      } else {
        const created = await api<{ user: UserRow; oneTimePassword?: string }>('POST', '/api/users', {
          ...draft,
          username: draft.username.trim(),
          displayName: draft.displayName.trim(),
        });
        onDone({
          username: created.user.username,
          ...(created.oneTimePassword ? { oneTimePassword: created.oneTimePassword } : {}),
        });
      }
    } catch (caught) {
      setErrors([{ text: asApiError(caught).message }]);
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;
  return (
    <form className="panel-form" onSubmit={submit} noValidate aria-labelledby="user-form-heading">
      <ErrorSummary errors={errors} />
      <h2 className="heading-l" id="user-form-heading">
        {user ? `Edit ${user.username}` : 'Create a user'}
      </h2>
      {user ? null : (
        <TextInput
          id="user-username"
          label="Username"
          spellCheck={false}
          autoComplete="off"
          value={draft.username}
          error={fieldError('user-username')}
          onChange={(e) => setDraft({ ...draft, username: e.target.value })}
        />
      )}
      <TextInput
        id="user-name"
        label="Full name"
        autoComplete="off"
        value={draft.displayName}
        error={fieldError('user-name')}
        onChange={(e) => setDraft({ ...draft, displayName: e.target.value })}
      />
      <fieldset className="fieldset">
        <legend className="label">Roles</legend>
        {fieldError('role-admin') ? <p className="error-message">{fieldError('role-admin')}</p> : null}
        {ROLES.map((role) => (
          <div className="checkbox" key={role}>
            <input
              id={`role-${role}`}
              type="checkbox"
              checked={draft.roles.includes(role)}
              onChange={() => toggle('roles', role)}
            />
            <label htmlFor={`role-${role}`}>{ROLE_LABELS[role]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="label">Councils</legend>
        {(councils ?? []).map((c) => (
          <div className="checkbox" key={c.code}>
            <input
              id={`council-${c.code}`}
              type="checkbox"
              checked={draft.councils.includes(c.code)}
              onChange={() => toggle('councils', c.code)}
            />
            <label htmlFor={`council-${c.code}`}>{c.name}</label>
          </div>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button">
          {user ? 'Save changes' : 'Create user'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
