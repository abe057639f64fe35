import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary, type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx';
import { TextInput } from '../../components/fields.tsx';
import { CATEGORIES, CATEGORY_LABELS } from './labels.ts';
import type { ModelCategory, PlanInputs, PlanVersion } from './types.ts';
import { supplyApi } from './use-supply.ts';

type Costs = Record<ModelCategory, string>;

const number = (text: string) => /^\d+(\.\d+)?$/.test(text.trim());

/**
 * Saves the plan as it stands as the next version, with a note and, if wanted, a different block threshold
 * or external weekly costs (the saved version keeps the inputs it was made with).
 */
export function SavePlanForm({
  code,
  inputs,
  onSaved,
}: {
  code: string;
  inputs: PlanInputs;
  onSaved(version: PlanVersion): void;
}) {
  const [note, setNote] = useState('');
  const [threshold, setThreshold] = useState(String(inputs.blockThreshold));
  const [costs, setCosts] = useState<Costs>(
    Object.fromEntries(
      CATEGORIES.map((c) => [c, String(Math.round(inputs.weeklyCosts.external[c]))]),
    ) as Costs,
  );
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(undefined);
    const found: ErrorItem[] = [];
    if (!number(threshold) || Number(threshold) > 1000)
      found.push({
        text: 'Enter the block threshold as a number of places from 0 to 1000',
        href: '#plan-threshold',
      });
    for (const c of CATEGORIES)
      if (!number(costs[c]) || Number(costs[c]) > 1_000_000)
        found.push({
          text: `Enter the ${CATEGORY_LABELS[c].toLowerCase()} weekly cost in pounds`,
          href: `#plan-cost-${c}`,
        });
    if (note.length > 2000) found.push({ text: 'Keep the note to 2,000 characters', href: '#plan-note' });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const external = Object.fromEntries(CATEGORIES.map((c) => [c, Number(costs[c])]));
      const saved = await api<PlanVersion>('POST', `${supplyApi(code)}/plans`, {
        note: note.trim(),
        blockThreshold: Number(threshold),
        weeklyCosts: { external },
      });
      setNote('');
      onSaved(saved);
    } catch (caught) {
      setApiError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  const error = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;
  return (
    <form onSubmit={submit} noValidate className="panel-form" aria-labelledby="save-plan">
      <ErrorSummary errors={errors} />
      <ApiErrorSummary error={apiError} />
      <TextInput
        id="plan-note"
        label="Note"
        hint="What this version is for, for example: agreed at commissioning board, May"
        value={note}
        error={error('plan-note')}
        onChange={(e) => setNote(e.target.value)}
      />
      <TextInput
        id="plan-threshold"
        label="Block threshold (places)"
        hint="Suggest block contracts when even the low forecast needs at least this many external places every year"
        inputMode="decimal"
        className="input--width-5"
        value={threshold}
        error={error('plan-threshold')}
        onChange={(e) => setThreshold(e.target.value)}
      />
      <fieldset className="fieldset">
        <legend className="heading-s">External weekly costs (£)</legend>
        <div className="inline-controls">
          {CATEGORIES.map((c) => (
            <TextInput
              key={c}
              id={`plan-cost-${c}`}
              label={CATEGORY_LABELS[c]}
              inputMode="decimal"
              className="input--width-10"
              value={costs[c]}
              error={error(`plan-cost-${c}`)}
              onChange={(e) => setCosts({ ...costs, [c]: e.target.value })}
            />
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        Save as a new version
      </button>
    </form>
  );
}
