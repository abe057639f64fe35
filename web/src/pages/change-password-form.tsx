import { type FormEvent, useState } from 'react';
import { asApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';

const MIN_LENGTH = 12;

/** Current password, new password twice; calls `onChanged` once the server accepts it. */
export function ChangePasswordForm({ onChanged }: { onChanged(): void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: ErrorItem[] = [];
    if (!current) found.push({ text: 'Enter your current password', href: '#current-password' });
    if (next.length < MIN_LENGTH)
      found.push({
        text: `Enter a new password of at least ${MIN_LENGTH} characters`,
        href: '#new-password',
      });
    else if (next !== confirm)
      found.push({ text: 'The new passwords do not match', href: '#confirm-password' });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await api('POST', '/api/session/password', { current, next });
      setCurrent('');
      setNext('');
      setConfirm('');
      onChanged();
    } catch (caught) {
      setErrors([{ text: asApiError(caught).message }]);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput
        id="current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={current}
        error={fieldError('current-password')}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <TextInput
        id="new-password"
        label="New password"
        hint={`At least ${MIN_LENGTH} characters. A few unrelated words make a strong password.`}
        type="password"
        autoComplete="new-password"
        value={next}
        error={fieldError('new-password')}
        onChange={(e) => setNext(e.target.value)}
      />
      <TextInput
        id="confirm-password"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        value={confirm}
        error={fieldError('confirm-password')}
        onChange={(e) => setConfirm(e.target.value)}
      />
      <button type="submit" className="button" disabled={busy}>
        Change password
      </button>
    </form>
  );
}
