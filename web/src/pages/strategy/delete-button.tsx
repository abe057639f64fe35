import { useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary } from '../../components/error-summary.tsx';

/** A warning button that deletes after the browser's confirmation; the deletion is kept in the history. */
export function DeleteButton({ path, label, onDeleted }: { path: string; label: string; onDeleted(): void }) {
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);
  const remove = async () => {
    if (!window.confirm(`${label}? Deleting cannot be undone.`)) return;
    setApiError(undefined);
    try {
      await api('DELETE', path);
      onDeleted();
    } catch (caught) {
      setApiError(asApiError(caught));
    }
  };
  return (
    <>
      <ApiErrorSummary error={apiError} />
      <button type="button" className="button button--warning button--small" onClick={() => void remove()}>
        {label}
      </button>
    </>
  );
}
