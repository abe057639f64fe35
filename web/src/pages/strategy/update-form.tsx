import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary, type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx';
import { TextInput } from '../../components/fields.tsx';

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Records dated progress on an action, with evidence (a sentence and, optionally, a link). */
export function UpdateForm({ base, actionId, onSaved }: { base: string; actionId: number; onSaved(): void }) {
  const prefix = `update-${actionId}`;
  const [date, setDate] = useState(todayIso());
  const [text, setText] = useState('');
  const [evidence, setEvidence] = useState('');
  const [link, setLink] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(undefined);
    const found: ErrorItem[] = [];
    if (!date) found.push({ text: 'Enter the date of the update', href: `#${prefix}-date` });
    if (!text.trim()) found.push({ text: 'Say what progress was made', href: `#${prefix}-text` });
    if (link.trim() && !/^https?:\/\/\S+$/.test(link.trim()))
      found.push({
        text: 'Enter the evidence link as a web address starting https://',
        href: `#${prefix}-link`,
      });
    setErrors(found);
    if (found.length) return;
    try {
      await api('POST', `${base}/actions/${actionId}/updates`, {
        date,
        text: text.trim(),
        evidenceText: evidence.trim(),
        evidenceUrl: link.trim() || null,
      });
      setText('');
      setEvidence('');
      setLink('');
      onSaved();
    } catch (caught) {
      setApiError(asApiError(caught));
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.href === `#${prefix}-${id}`)?.text;
  return (
    <form onSubmit={submit} noValidate className="panel-form">
      <ErrorSummary errors={errors} />
      <ApiErrorSummary error={apiError} />
      <TextInput
        id={`${prefix}-date`}
        label="Date"
        type="date"
        value={date}
        error={fieldError('date')}
        onChange={(e) => setDate(e.target.value)}
      />
      <TextInput
        id={`${prefix}-text`}
        label="Progress"
        value={text}
        error={fieldError('text')}
        onChange={(e) => setText(e.target.value)}
      />
      <TextInput
        id={`${prefix}-evidence`}
        label="Evidence (optional)"
        hint="For example: panel minutes, 12 March"
        value={evidence}
        onChange={(e) => setEvidence(e.target.value)}
      />
      <TextInput
        id={`${prefix}-link`}
        label="Link to the evidence (optional)"
        type="url"
        value={link}
        error={fieldError('link')}
        onChange={(e) => setLink(e.target.value)}
      />
      <button type="submit" className="button button--secondary">
        Record update
      </button>
    </form>
  );
}
