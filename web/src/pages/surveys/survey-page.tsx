import { useMemo, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { Checkbox, TextInput } from '../../components/fields.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { navigate } from '../../router/index.ts';
import { can, useSession } from '../../session/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { DeleteButton } from '../strategy/delete-button.tsx';
import { StrategyNav } from '../strategy/strategy-nav.tsx';
import { BarChart } from './bar-chart.tsx';
import { surveysPath } from './surveys-page.tsx';
import type { Question, Survey, SurveyResponse, SurveySummary } from './types.ts';

/** One survey: charts and tables for scaled questions, theme counts and quotes for free text, tagging for editors. */
export function SurveyPage({ code, id }: { code: string; id: string }) {
  const council = useCouncil(code);
  const { user } = useSession();
  const path = `${surveysPath(code)}/${encodeURIComponent(id)}`;
  const { data, error, reload } = useApi<{ survey: Survey; summary: SurveySummary }>(council ? path : null);
  usePageTitle(data?.survey.title ?? 'Survey', council?.name);
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  const editor = can(user, 'strategy:edit');
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">{data?.survey.title ?? 'Survey'}</h1>
      <StrategyNav code={code} current="surveys" />
      <ApiErrorSummary error={error} />
      {!data ? (
        <p className="body">Loading…</p>
      ) : (
        <>
          <p className="body">
            {data.summary.responses} responses
            {data.summary.respondents !== null ? ` from ${data.summary.respondents} respondents` : ''}. Groups
            with fewer than 5 respondents to a question are not shown separately (marked c), nor is a group
            that would reveal them.
          </p>
          {data.summary.questions.map((q, i) =>
            q.kind === 'scale' ? (
              <ScaledQuestion key={q.question} question={q} index={i} />
            ) : (
              <TextQuestion
                key={q.question}
                question={q}
                index={i}
                path={path}
                editor={editor}
                onSaved={reload}
              />
            ),
          )}
          {editor ? (
            <DeleteButton
              path={path}
              label={`Delete the survey “${data.survey.title}” and its responses`}
              onDeleted={() => navigate(`/councils/${encodeURIComponent(code)}/strategy/surveys`)}
            />
          ) : null}
        </>
      )}
    </>
  );
}

function ScaledQuestion({
  question,
  index,
}: {
  question: Extract<Question, { kind: 'scale' }>;
  index: number;
}) {
  const values = useMemo(() => question.all.counts.map((c) => c.count ?? 0), [question]);
  const columns = [...question.groups, question.all];
  const cell = (g: (typeof columns)[number], k: number) => {
    const c = g.counts[k];
    if (g.suppressed || !c || c.count === null) return 'c';
    return `${c.count} (${c.percent ?? 0}%)`;
  };
  return (
    <section aria-labelledby={`question-${index}`} className="indicator">
      <h2 className="heading-m" id={`question-${index}`}>
        {question.question}
      </h2>
      <BarChart
        labels={question.options}
        values={values}
        description={`${question.question}: answers of all respondents. The same figures, by group, are in the table below.`}
      />
      <div className="table-scroll">
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">
            Answers by respondent group: count (percentage)
          </caption>
          <thead>
            <tr>
              <th scope="col">Answer</th>
              {columns.map((g) => (
                <th scope="col" className="num" key={g.group}>
                  {g.group} ({g.respondents ?? 'c'})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {question.options.map((option, k) => (
              <tr key={option}>
                <th scope="row">{option}</th>
                {columns.map((g) => (
                  <td className="num" key={g.group}>
                    {cell(g, k)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function TextQuestion({
  question,
  index,
  path,
  editor,
  onSaved,
}: {
  question: Extract<Question, { kind: 'text' }>;
  index: number;
  path: string;
  editor: boolean;
  onSaved(): void;
}) {
  return (
    <section aria-labelledby={`question-${index}`} className="indicator">
      <h2 className="heading-m" id={`question-${index}`}>
        {question.question}
      </h2>
      <p className="body">
        {question.responses} free-text answers, {question.tagged} tagged with a theme.
      </p>
      {question.themes.length ? (
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">Themes</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col" className="num">
                Answers
              </th>
            </tr>
          </thead>
          <tbody>
            {question.themes.map((t) => (
              <tr key={t.theme}>
                <th scope="row">{t.theme}</th>
                <td className="num">{t.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {question.quotes.length ? (
        <>
          <h3 className="heading-s">Approved for publication</h3>
          {question.quotes.map((q) => (
            <blockquote className="body" key={q.id}>
              “{q.text}”{q.group ? ` — ${q.group}` : ''}
            </blockquote>
          ))}
        </>
      ) : null}
      {editor ? (
        <details className="details">
          <summary className="details__summary">
            <span>Tag the answers to “{question.question}”</span>
          </summary>
          <div className="details__text">
            <Tagging path={path} question={question.question} onSaved={onSaved} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

function Tagging({ path, question, onSaved }: { path: string; question: string; onSaved(): void }) {
  const { data, error } = useApi<{ responses: SurveyResponse[] }>(
    `${path}/responses?question=${encodeURIComponent(question)}`,
  );
  if (error) return <ApiErrorSummary error={error} />;
  if (!data) return <p className="body">Loading…</p>;
  return (
    <ul className="list">
      {data.responses.map((r) => (
        <li key={r.id}>
          <TagResponse path={path} response={r} onSaved={onSaved} />
        </li>
      ))}
    </ul>
  );
}

function TagResponse({
  path,
  response,
  onSaved,
}: {
  path: string;
  response: SurveyResponse;
  onSaved(): void;
}) {
  const [themes, setThemes] = useState(response.themes.join(', '));
  const [approved, setApproved] = useState(response.approvedQuote);
  const [saved, setSaved] = useState(false);
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);
  const save = async () => {
    setApiError(undefined);
    try {
      await api('PUT', `${path}/responses/${response.id}`, {
        themes: themes
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        approvedQuote: approved,
      });
      setSaved(true);
      onSaved();
    } catch (caught) {
      setApiError(asApiError(caught));
    }
  };
  return (
    <div className="panel-form">
      <ApiErrorSummary error={apiError} />
      <p className="body">
        “{response.response}” <span className="cell-note">{response.group}</span>
      </p>
      <TextInput
        id={`themes-${response.id}`}
        label="Themes"
        hint="Separate themes with commas"
        value={themes}
        onChange={(e) => {
          setThemes(e.target.value);
          setSaved(false);
        }}
      />
      <Checkbox
        id={`approved-${response.id}`}
        label="Approved for publication as a quote"
        checked={approved}
        onChange={(e) => {
          setApproved(e.target.checked);
          setSaved(false);
        }}
      />
      <button type="button" className="button button--secondary button--small" onClick={() => void save()}>
        Save tags
      </button>{' '}
      <span role="status">{saved ? 'Saved' : ''}</span>
    </div>
  );
}
