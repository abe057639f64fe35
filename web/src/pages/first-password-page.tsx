import { usePageTitle } from '../components/use-page-title.ts';
import { useSession } from '../session/index.ts';
import { ChangePasswordForm } from './change-password-form.tsx';

/** Shown instead of every screen until a user with a one-time password has chosen their own. */
export function FirstPasswordPage() {
  usePageTitle('Choose a new password');
  const { refresh } = useSession();
  return (
    <div className="grid-row">
      <div className="column-two-thirds">
        <h1 className="heading-xl">Choose a new password</h1>
        <p className="body">
          You signed in with a one-time password. Choose your own password before you continue.
        </p>
        <ChangePasswordForm onChanged={() => void refresh()} />
      </div>
    </div>
  );
}
