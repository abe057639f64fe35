import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ROLE_LABELS, type Session } from '../api/types.ts';
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useSession } from '../session/index.ts';

function problems(username: string, password: string, totp: string, needTotp: boolean): ErrorItem[] {
  const list: ErrorItem[] = [];
  if (!username.trim()) list.push({ text: 'Enter your username', href: '#username' });
  if (!password) list.push({ text: 'Enter your password', href: '#password' });
  if (needTotp && !/^\d{6}$/.test(totp.trim()))
    list.push({ text: 'Enter the 6-digit code from your authenticator app', href: '#totp' });
  return list;
}

/** Sign in with a local account (and TOTP code when the account has one), or with the council's SSO. */
export function SignInPage() {
  usePageTitle('Sign in');
  const { config, signedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problems(username, password, totp, needTotp);
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const body = needTotp ? { username, password, totp: totp.trim() } : { username, password };
      signedIn(await api<Session>('POST', '/api/session', body));
    } catch (caught) {
      const error: ApiError = asApiError(caught);
      if (error.id === 'totp-required') {
        setNeedTotp(true);
        setErrors(needTotp ? [{ text: error.message, href: '#totp' }] : []);
      } else setErrors([{ text: error.message }]);
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;
  return (
    <div className="grid-row">
      <div className="column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="heading-xl">Sign in to Sufficiency</h1>
        {config?.oidc.enabled ? (
          <>
            <a className="button" href="/api/auth/oidc/login">
              {config.oidc.label ? `Sign in with ${config.oidc.label}` : 'Sign in with your council account'}
            </a>
            <p className="body">Or sign in with a Sufficiency account.</p>
          </>
        ) : null}
        <form onSubmit={submit} noValidate>
          <TextInput
            id="username"
            label="Username"
            autoComplete="username"
            spellCheck={false}
            value={username}
            error={fieldError('username')}
            onChange={(e) => setUsername(e.target.value)}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            error={fieldError('password')}
            onChange={(e) => setPassword(e.target.value)}
          />
          {needTotp ? (
            <TextInput
              id="totp"
              label="Security code"
              hint="The 6-digit code shown in your authenticator app"
              inputMode="numeric"
              autoComplete="one-time-code"
              className="input--width-10"
              value={totp}
              error={fieldError('totp')}
              onChange={(e) => setTotp(e.target.value)}
              autoFocus
            />
          ) : null}
          <button type="submit" className="button" disabled={busy}>
            Sign in
          </button>
        </form>
        {config?.demoUsers?.length ? <DemoUsers users={config.demoUsers} /> : null}
      </div>
    </div>
  );
}

function DemoUsers({
  users,
}: {
  users: NonNullable<ReturnType<typeof useSession>['config']>['demoUsers'] & {};
}) {
  return (
    <section aria-labelledby="demo-users">
      <h2 className="heading-m" id="demo-users">
        Demo users
      </h2>
      <p className="body">This demo has one user for each role. All data in it is synthetic.</p>
      <table className="table">
        <caption className="table__caption">Demo users and their passwords</caption>
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Password</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.username}>
              <td>
                <code>{user.username}</code>
              </td>
              <td>
                <code>{user.password}</code>
              </td>
              <td>{ROLE_LABELS[user.role] ?? user.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
