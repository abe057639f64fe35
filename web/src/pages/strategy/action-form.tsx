import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary, type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx';
import { Select, TextInput } from '../../components/fields.tsx';
import type { Action } from './types.ts';

const STATUSES: [string, string][] = [
  ['not-started', 'Not started'],
  ['in-progress', 'In progress'],
  ['done', 'Done'],
  ['dropped', 'Dropped'],
];

const OVERRIDES: [string, string][] = [
  ['', 'Use the suggested rating'],
  ['red', 'Red'],
  ['amber', 'Amber'],
  ['green', 'Green'],
];

/**
 * Adds an action under a priority (`priorityId`) or edits one (`action`). The RAG rating is suggested from
 * the dates; a user may override it, giving a reason that is shown beside the rating.
 */
export function ActionForm({
  base,
  priorityId,
  action,
  onSaved,
}: {
  base: string;
  priorityId: number;
  action?: Action;
  onSaved(): void;
}) {
  const prefix = action ? `action-${action.id}` : `new-action-${priorityId}`;
  const [title, setTitle] = useState(action?.title ?? '');
  const [owner, setOwner] = useState(action?.owner ?? '');
  const [partners, setPartners] = useState(action?.partners.join(', ') ?? '');
  const [startDate, setStartDate] = useState(action?.startDate ?? '');
  const [dueDate, setDueDate] = useState(action?.dueDate ?? '');
  const [status, setStatus] = useState<string>(action?.status ?? 'not-started');
  const [override, setOverride] = useState<string>(action?.rag.override?.rag ?? '');
  const [reason, setReason] = useState(action?.rag.override?.reason ?? '');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(undefined);
    const found: ErrorItem[] = [];
    if (!title.trim()) found.push({ text: 'Enter what the action is', href: `#${prefix}-title` });
    if (startDate && dueDate && dueDate < startDate)
      found.push({ text: 'The due date must be on or after the start date', href: `#${prefix}-due` });
    if (override && !reason.trim())
      found.push({ text: 'Say why the rating differs from the suggested one', href: `#${prefix}-reason` });
    setErrors(found);
    if (found.length) return;
    const body = {
      title: title.trim(),
      owner: owner.trim(),
      partners: partners
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
      startDate: startDate || null,
      dueDate: dueDate || null,
      status,
      ragOverride: override ? { rag: override, reason: reason.trim() } : null,
    };
    try {
      if (action) await api('PUT', `${base}/actions/${action.id}`, body);
      else await api('POST', `${base}/priorities/${priorityId}/actions`, body);
      if (!action) {
        setTitle('');
        setOwner('');
        setPartners('');
        setStartDate('');
        setDueDate('');
      }
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
        id={`${prefix}-title`}
        label="Action"
        value={title}
        error={fieldError('title')}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextInput
        id={`${prefix}-owner`}
        label="Owner (optional)"
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
      />
      <TextInput
        id={`${prefix}-partners`}
        label="Partners (optional)"
        hint="Separate names with commas"
        value={partners}
        onChange={(e) => setPartners(e.target.value)}
      />
      <div className="inline-controls">
        <TextInput
          id={`${prefix}-start`}
          label="Start date (optional)"
          type="date"
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
        />
        <TextInput
          id={`${prefix}-due`}
          label="Due date (optional)"
          type="date"
          value={dueDate}
          error={fieldError('due')}
          onChange={(e) => setDueDate(e.target.value)}
        />
      </div>
      <Select
        id={`${prefix}-status`}
        label="Status"
        options={STATUSES}
        value={status}
        onChange={(e) => setStatus(e.target.value)}
      />
      <Select
        id={`${prefix}-override`}
        label="RAG rating"
        hint="Suggested from the dates: overdue is red, due within 30 days is amber. Override it only with a reason."
        options={OVERRIDES}
        value={override}
        onChange={(e) => setOverride(e.target.value)}
      />
      {override ? (
        <TextInput
          id={`${prefix}-reason`}
          label="Reason for the rating"
          value={reason}
          error={fieldError('reason')}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : null}
      <button type="submit" className="button">
        {action ? 'Save action' : 'Add action'}
      </button>
    </form>
  );
}
