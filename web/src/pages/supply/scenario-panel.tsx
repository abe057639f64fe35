import { useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { ScenarioForm, type ScenarioRequest } from './scenario-form.tsx';
import { ScenarioResult } from './scenario-result.tsx';
import type { ScenarioAnswer } from './types.ts';
import { supplyApi } from './use-supply.ts';

/** Try a capacity scenario against the gap (nothing is saved) and see its effect beside the baseline. */
export function ScenarioPanel({ code }: { code: string }) {
  const [answer, setAnswer] = useState<ScenarioAnswer | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const run = async (scenario: ScenarioRequest) => {
    setBusy(true);
    setError(undefined);
    try {
      setAnswer(await api<ScenarioAnswer>('POST', `${supplyApi(code)}/gap/scenario`, scenario));
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="scenario-heading">
      <h2 className="heading-l" id="scenario-heading">
        Try a capacity scenario
      </h2>
      <p className="body">
        See what more in-house capacity would do to external spend. Nothing is saved; the figures above stay
        as they are.
      </p>
      <ApiErrorSummary error={error} />
      <ScenarioForm busy={busy} onSubmit={(s) => void run(s)} />
      <div aria-live="polite">{busy ? <p className="body">Working out the scenario…</p> : null}</div>
      {answer && !busy ? <ScenarioResult answer={answer} /> : null}
    </section>
  );
}
