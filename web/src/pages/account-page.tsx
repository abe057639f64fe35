import { type FormEvent, useState } from 'react';
import { asApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ROLE_LABELS } from '../api/types.ts';
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';
import { NotificationBanner } from '../components/notification-banner.tsx';
import { SummaryList } from '../components/summary-list.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useSession } from '../session/index.ts';
import { ChangePasswordForm } from './change-password-form.tsx';

/** The signed-in user's details, password change and two-factor set-up. */
export function AccountPage() {
  usePageTitle('Your account');
  const { user } = useSession();
  const [notice, setNotice] = useState<string | undefined>(undefined);
  if (!user) return null;
  return (
    <>
      {notice ? (
        <NotificationBanner title="Success" success>
          <p className="body">{notice}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="heading-xl">Your account</h1>
      <SummaryList
        rows={[
          ['Name', user.displayName],
          ['Username', user.username],
          ['Roles', user.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')],
          ['Councils', user.councils.map((c) => c.name).join(', ') || 'None'],
          ['Signed in with', user.method === 'oidc' ? 'Your council account (single sign-on)' : 'Password'],
        ]}
      />
      {user.method === 'password' ? (
        <>
          <h2 className="heading-l">Change your password</h2>
          <ChangePasswordForm onChanged={() => setNotice('Your password has been changed.')} />
          <TwoFactor enabled={user.totpEnabled} onChange={setNotice} />
        </>
      ) : null}
    </>
  );
}

function TwoFactor({ enabled, onChange }: { enabled: boolean; onChange(notice: string): void }) {
  const { refresh } = useSession();
  const [setup, setSetup] = useState<{ secret: string; otpauthUrl: string } | undefined>(undefined);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);

  const run = async (action: () => Promise<void>) => {
    setErrors([]);
    try {
      await action();
    } catch (caught) {
      setErrors([{ text: asApiError(caught).message }]);
    }
  };
  const start = () => run(async () => setSetup(await api('POST', '/api/session/totp/setup')));
  const enable = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim()))
      return setErrors([{ text: 'Enter the 6-digit code', href: '#totp-code' }]);
    void run(async () => {
      await api('POST', '/api/session/totp/enable', { code: code.trim() });
      setSetup(undefined);
      setCode('');
      await refresh();
      onChange('Two-factor authentication is on. You will be asked for a code each time you sign in.');
    });
  };
  const disable = (event: FormEvent) => {
    event.preventDefault();
    if (!password) return setErrors([{ text: 'Enter your password', href: '#totp-password' }]);
    void run(async () => {
      await api('POST', '/api/session/totp/disable', { password });
      setPassword('');
      await refresh();
      onChange('Two-factor authentication is off.');
    });
  };
  const fieldError = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;
  return (
    <section aria-labelledby="two-factor">
      <h2 className="heading-l" id="two-factor">
        Two-factor authentication
      </h2>
      <ErrorSummary errors={errors} />
      {enabled ? (
        <form onSubmit={disable} noValidate>
          <p className="body">Two-factor authentication is on for your account.</p>
          <TextInput
            id="totp-password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            error={fieldError('totp-password')}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button button--warning">
            Turn off two-factor authentication
          </button>
        </form>
      ) : setup ? (
        <form onSubmit={enable} noValidate>
          <p className="body">Add this key to your authenticator app, then enter the code it shows.</p>
          <SummaryList
            rows={[
              ['Key', <code key="secret">{setup.secret}</code>],
              [
                'Set-up link',
                <code key="url" className="break-all">
                  {setup.otpauthUrl}
                </code>,
              ],
            ]}
          />
          <TextInput
            id="totp-code"
            label="Security code"
            inputMode="numeric"
            autoComplete="one-time-code"
            className="input--width-10"
            value={code}
            error={fieldError('totp-code')}
            onChange={(e) => setCode(e.target.value)}
          />
          <button type="submit" className="button">
            Turn on two-factor authentication
          </button>
        </form>
      ) : (
        <>
          <p className="body">
            Ask for a code from an authenticator app as well as your password when you sign in.
          </p>
          <button type="button" className="button button--secondary" onClick={() => void start()}>
            Set up two-factor authentication
          </button>
        </>
      )}
    </section>
  );
}
