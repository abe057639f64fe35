import { useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import type { EditionDetail, Step } from './statement-types.ts';

const STEP_TEXT: Record<Exclude<Step, 'edit'>, { button: string; confirm: string; warning?: boolean }> = {
  submit: {
    button: 'Send for review',
    confirm: 'Send this edition for review? Another person will approve it.',
  },
  approve: {
    button: 'Approve',
    confirm: 'Approve this edition? Once approved, its narrative can no longer be changed.',
  },
  publish: {
    button: 'Publish',
    confirm:
      'Publish this edition? It will be frozen with today’s figures and shown on the public page for providers. This cannot be undone.',
  },
  withdraw: {
    button: 'Withdraw',
    confirm: 'Withdraw this edition? It will not be published.',
    warning: true,
  },
};

/** The next steps the user may take, each asking for confirmation first. */
export function EditionSteps({
  path,
  detail,
  onDone,
}: {
  path: string;
  detail: EditionDetail;
  onDone(message: string): void;
}) {
  const [asking, setAsking] = useState<Exclude<Step, 'edit'> | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const steps = (['submit', 'approve', 'publish', 'withdraw'] as const).filter((s) => detail.allowed[s]);
  const run = async (step: Exclude<Step, 'edit'>) => {
    setBusy(true);
    try {
      await api('POST', `${path}/${step}`);
      setFailure(undefined);
      setAsking(undefined);
      onDone(`Edition ${detail.edition.number}: ${STEP_TEXT[step].button.toLowerCase()} done.`);
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  const approveRefusal = detail.edition.status === 'in-review' ? detail.refusals.approve : undefined;
  return (
    <div>
      <ApiErrorSummary error={failure} />
      {approveRefusal ? <p className="body">{approveRefusal}</p> : null}
      {asking ? (
        <fieldset className="panel-form fieldset">
          <legend className="body">
            <strong>{STEP_TEXT[asking].confirm}</strong>
          </legend>
          <div className="form-actions">
            <button
              type="button"
              className={`button${STEP_TEXT[asking].warning ? ' button--warning' : ''}`}
              disabled={busy}
              onClick={() => void run(asking)}
            >
              Yes, {STEP_TEXT[asking].button.toLowerCase()}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAsking(undefined)}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : steps.length ? (
        <div className="form-actions">
          {steps.map((s) => (
            <button
              key={s}
              type="button"
              className={`button${STEP_TEXT[s].warning ? ' button--warning' : ''}`}
              onClick={() => setAsking(s)}
            >
              {STEP_TEXT[s].button}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
