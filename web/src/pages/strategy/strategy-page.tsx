import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary, ErrorSummary } from '../../components/error-summary.tsx';
import { TextInput } from '../../components/fields.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDate } from '../../format/format.ts';
import { can, useSession } from '../../session/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { ActionForm } from './action-form.tsx';
import { DeleteButton } from './delete-button.tsx';
import { RagTag } from './rag-tag.tsx';
import { StrategyNav } from './strategy-nav.tsx';
import type { Action, Priority, Strategy } from './types.ts';
import { UpdateForm } from './update-form.tsx';

export function strategyPath(code: string): string {
  return `/api/councils/${encodeURIComponent(code)}/strategy`;
}

/** The strategy: priorities, their actions with RAG tags, progress updates, and forms to change them. */
export function StrategyPage({ code }: { code: string }) {
  const council = useCouncil(code);
  const { user } = useSession();
  usePageTitle('Strategy', council?.name);
  const base = strategyPath(code);
  const { data, error, reload } = useApi<Strategy>(council ? base : null);
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  const editor = can(user, 'strategy:edit');
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Sufficiency strategy</h1>
      <StrategyNav code={code} current="plan" />
      <ApiErrorSummary error={error} />
      {!data ? (
        <p className="body">Loading…</p>
      ) : (
        <>
          <p className="body">
            Actions rated on {formatDate(data.asAt)}: {data.ragCounts.red} red, {data.ragCounts.amber} amber,{' '}
            {data.ragCounts.green} green
            {data.ragCounts['not-rated'] ? `, ${data.ragCounts['not-rated']} dropped` : ''}.
          </p>
          {data.priorities.length === 0 ? (
            <NoPriorities base={base} editor={editor} onSaved={reload} />
          ) : null}
          {data.priorities.map((p) => (
            <PrioritySection key={p.id} base={base} priority={p} editor={editor} onSaved={reload} />
          ))}
          {editor ? <PriorityForm base={base} onSaved={reload} /> : null}
        </>
      )}
    </>
  );
}

function NoPriorities({ base, editor, onSaved }: { base: string; editor: boolean; onSaved(): void }) {
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);
  const seed = async () => {
    try {
      await api('POST', `${base}/seed`);
      onSaved();
    } catch (caught) {
      setApiError(asApiError(caught));
    }
  };
  return (
    <>
      <ApiErrorSummary error={apiError} />
      <p className="body">This council has no strategy priorities yet.</p>
      {editor ? (
        <button type="button" className="button" onClick={() => void seed()}>
          Start with the six usual priorities
        </button>
      ) : null}
    </>
  );
}

function PrioritySection({
  base,
  priority,
  editor,
  onSaved,
}: {
  base: string;
  priority: Priority;
  editor: boolean;
  onSaved(): void;
}) {
  return (
    <section aria-labelledby={`priority-${priority.id}`}>
      <h2 className="heading-l" id={`priority-${priority.id}`}>
        {priority.position}. {priority.title}
      </h2>
      {priority.description ? <p className="body">{priority.description}</p> : null}
      {priority.actions.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="table__caption table__caption--s">Actions under “{priority.title}”</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">RAG</th>
              </tr>
            </thead>
            <tbody>
              {priority.actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>{a.owner || '–'}</td>
                  <td>{formatDate(a.dueDate)}</td>
                  <td>{a.statusLabel}</td>
                  <td>
                    <RagTag rag={a.rag} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="body">No actions yet.</p>
      )}
      {priority.actions.map((a) => (
        <ActionDetails key={a.id} base={base} action={a} editor={editor} onSaved={onSaved} />
      ))}
      {editor ? (
        <details className="details">
          <summary className="details__summary">
            <span>Edit the priority “{priority.title}”</span>
          </summary>
          <div className="details__text">
            <PriorityForm base={base} priority={priority} onSaved={onSaved} />
            {priority.actions.length === 0 && priority.kpiIds.length === 0 ? (
              <DeleteButton
                path={`${base}/priorities/${priority.id}`}
                label={`Delete the priority “${priority.title}”`}
                onDeleted={onSaved}
              />
            ) : (
              <p className="body">A priority with actions or KPIs cannot be deleted.</p>
            )}
          </div>
        </details>
      ) : null}
      {editor ? (
        <details className="details">
          <summary className="details__summary">
            <span>Add an action to “{priority.title}”</span>
          </summary>
          <div className="details__text">
            <ActionForm base={base} priorityId={priority.id} onSaved={onSaved} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

function ActionDetails({
  base,
  action,
  editor,
  onSaved,
}: {
  base: string;
  action: Action;
  editor: boolean;
  onSaved(): void;
}) {
  return (
    <details className="details">
      <summary className="details__summary">
        <span>
          Progress on “{action.title}” ({action.updates.length}{' '}
          {action.updates.length === 1 ? 'update' : 'updates'})
        </span>
      </summary>
      <div className="details__text">
        {action.partners.length ? <p className="body">Partners: {action.partners.join(', ')}</p> : null}
        {action.updates.length ? (
          <ul className="list">
            {[...action.updates].reverse().map((u) => (
              <li key={u.id}>
                <strong>{formatDate(u.date)}</strong>: {u.text}
                {u.evidence.text || u.evidence.url ? (
                  <span className="cell-note">
                    Evidence: {u.evidence.text}{' '}
                    {u.evidence.url ? (
                      <a href={u.evidence.url} rel="noreferrer noopener" target="_blank">
                        {u.evidence.url} (opens in a new tab)
                      </a>
                    ) : null}
                  </span>
                ) : null}
                <span className="cell-note">Recorded by {u.updatedBy}</span>
                {editor ? (
                  <DeleteButton
                    path={`${base}/updates/${u.id}`}
                    label={`Delete the update of ${formatDate(u.date)}`}
                    onDeleted={onSaved}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="body">No progress recorded yet.</p>
        )}
        {editor ? (
          <>
            <h3 className="heading-s">Record progress</h3>
            <UpdateForm base={base} actionId={action.id} onSaved={onSaved} />
            <h3 className="heading-s">Edit the action</h3>
            <ActionForm base={base} priorityId={action.priorityId} action={action} onSaved={onSaved} />
            <DeleteButton
              path={`${base}/actions/${action.id}`}
              label={`Delete the action “${action.title}” and its updates`}
              onDeleted={onSaved}
            />
          </>
        ) : null}
      </div>
    </details>
  );
}

function PriorityForm({ base, priority, onSaved }: { base: string; priority?: Priority; onSaved(): void }) {
  const prefix = priority ? `priority-${priority.id}` : 'priority-new';
  const [title, setTitle] = useState(priority?.title ?? '');
  const [description, setDescription] = useState(priority?.description ?? '');
  const [position, setPosition] = useState(priority ? String(priority.position) : '');
  const [error, setError] = useState<string | undefined>(undefined);
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(undefined);
    const problem = !title.trim()
      ? 'Enter the priority’s title'
      : priority && !/^[1-9]\d{0,2}$/.test(position)
        ? 'Enter the position as a whole number from 1'
        : undefined;
    setError(problem);
    if (problem) return;
    const body = { title: title.trim(), description: description.trim() };
    try {
      if (priority)
        await api('PUT', `${base}/priorities/${priority.id}`, { ...body, position: Number(position) });
      else {
        await api('POST', `${base}/priorities`, body);
        setTitle('');
        setDescription('');
      }
      onSaved();
    } catch (caught) {
      setApiError(asApiError(caught));
    }
  };
  return (
    <form onSubmit={submit} noValidate className="panel-form">
      {priority ? null : <h2 className="heading-m">Add a priority</h2>}
      <ErrorSummary errors={error ? [{ text: error, href: `#${prefix}-title` }] : []} />
      <ApiErrorSummary error={apiError} />
      <TextInput
        id={`${prefix}-title`}
        label="Title"
        value={title}
        error={error}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextInput
        id={`${prefix}-description`}
        label="Description (optional)"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      {priority ? (
        <TextInput
          id={`${prefix}-position`}
          label="Position in the strategy"
          inputMode="numeric"
          className="input--width-5"
          value={position}
          onChange={(e) => setPosition(e.target.value)}
        />
      ) : null}
      <button type="submit" className="button button--secondary">
        {priority ? 'Save priority' : 'Add priority'}
      </button>
    </form>
  );
}
