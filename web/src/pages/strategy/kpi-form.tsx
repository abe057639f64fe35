import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary, type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx';
import { Select, TextInput } from '../../components/fields.tsx';
import { useApi } from '../../components/use-api.ts';
import type { Kpi, Priority } from './types.ts';

interface IndicatorChoice {
  id: string;
  title: string;
  unit: string;
}

/** "2026-03-31 107" per line → values; the first bad line's number, or the values. */
function parseValues(text: string): { date: string; value: number }[] | number {
  const values: { date: string; value: number }[] = [];
  const lines = text.split('\n').map((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    const match = /^(\d{4}-\d{2}-\d{2})[\s,]+(-?\d+(?:\.\d+)?)$/.exec(line);
    if (!match) return i + 1;
    values.push({ date: match[1] ?? '', value: Number(match[2]) });
  }
  return values;
}

/** Adds or edits a KPI: what it follows (an indicator, or figures entered by hand), baseline, target, direction and tolerance. */
export function KpiForm({
  base,
  priorities,
  kpi,
  onSaved,
}: {
  base: string;
  priorities: Priority[];
  /** The KPI to edit; without it the form adds one. */
  kpi?: Kpi;
  onSaved(): void;
}) {
  const p = kpi ? `kpi-${kpi.id}` : 'kpi-new';
  const sources = useApi<{ indicators: IndicatorChoice[] }>(`${base}/kpi-sources`);
  const [title, setTitle] = useState(kpi?.title ?? '');
  const [unit, setUnit] = useState(kpi?.unit ?? '');
  const [priorityId, setPriorityId] = useState(kpi?.priorityId ? String(kpi.priorityId) : '');
  const [source, setSource] = useState<string>(kpi?.link.source ?? 'manual');
  const [indicator, setIndicator] = useState(kpi?.link.source === 'indicator' ? kpi.link.key : '');
  const [baseline, setBaseline] = useState({
    value: kpi ? String(kpi.baseline.value) : '',
    date: kpi?.baseline.date ?? '',
  });
  const [target, setTarget] = useState({
    value: kpi ? String(kpi.target.value) : '',
    date: kpi?.target.date ?? '',
  });
  const [direction, setDirection] = useState<string>(kpi?.direction ?? 'higher');
  const [tolerance, setTolerance] = useState(kpi ? String(kpi.tolerance) : '0');
  const [values, setValues] = useState(kpi?.manualValues.map((v) => `${v.date} ${v.value}`).join('\n') ?? '');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(undefined);
    const found: ErrorItem[] = [];
    const number = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));
    if (!title.trim()) found.push({ text: 'Enter what the KPI measures', href: `#${p}-title` });
    if (source === 'indicator' && !indicator)
      found.push({ text: 'Choose the indicator the KPI follows', href: `#${p}-indicator` });
    if (!number(baseline.value))
      found.push({ text: 'Enter the baseline as a number', href: `#${p}-baseline-value` });
    if (!baseline.date) found.push({ text: 'Enter the baseline date', href: `#${p}-baseline-date` });
    if (!number(target.value))
      found.push({ text: 'Enter the target as a number', href: `#${p}-target-value` });
    if (!target.date || (baseline.date && target.date <= baseline.date))
      found.push({ text: 'Enter a target date after the baseline date', href: `#${p}-target-date` });
    if (!number(tolerance) || Number(tolerance) < 0)
      found.push({ text: 'Enter the tolerance as a number, 0 or more', href: `#${p}-tolerance` });
    const manual = source === 'manual' ? parseValues(values) : [];
    if (typeof manual === 'number')
      found.push({
        text: `Figures line ${manual}: write a date and a number, like 2026-03-31 107`,
        href: `#${p}-values`,
      });
    setErrors(found);
    if (found.length || typeof manual === 'number') return;
    try {
      await api(kpi ? 'PUT' : 'POST', kpi ? `${base}/kpis/${kpi.id}` : `${base}/kpis`, {
        priorityId: priorityId ? Number(priorityId) : null,
        title: title.trim(),
        unit: unit.trim(),
        link: {
          source,
          key: source === 'indicator' ? indicator : source === 'manual' ? '' : (kpi?.link.key ?? ''),
          ...(kpi?.link.cell && source === 'indicator' && indicator === kpi.link.key
            ? { cell: kpi.link.cell }
            : {}),
        },
        baseline: { value: Number(baseline.value), date: baseline.date },
        target: { value: Number(target.value), date: target.date },
        direction,
        tolerance: Number(tolerance),
        manualValues: manual,
      });
      if (!kpi) {
        setTitle('');
        setValues('');
      }
      onSaved();
    } catch (caught) {
      setApiError(asApiError(caught));
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;
  const indicators = sources.data?.indicators ?? [];
  return (
    <form onSubmit={submit} noValidate className="panel-form">
      {kpi ? null : <h2 className="heading-m">Add a KPI</h2>}
      <ErrorSummary errors={errors} />
      <ApiErrorSummary error={apiError} />
      <TextInput
        id={`${p}-title`}
        label="What it measures"
        value={title}
        error={fieldError(`${p}-title`)}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextInput
        id={`${p}-unit`}
        label="Unit (optional)"
        hint="For example: children, households, %"
        value={unit}
        onChange={(e) => setUnit(e.target.value)}
      />
      <Select
        id={`${p}-priority`}
        label="Priority (optional)"
        options={[
          ['', 'None'],
          ...priorities.map((p): [string, string] => [String(p.id), `${p.position}. ${p.title}`]),
        ]}
        value={priorityId}
        onChange={(e) => setPriorityId(e.target.value)}
      />
      <Select
        id={`${p}-source`}
        label="Figures come from"
        hint="Forecast and gap figures can be linked once those modules are ready"
        options={[
          ['manual', 'Figures entered by hand'],
          ['indicator', 'An indicator'],
          ...(kpi && (kpi.link.source === 'forecast' || kpi.link.source === 'gap')
            ? [[kpi.link.source, `The ${kpi.link.source} (${kpi.link.key})`] as [string, string]]
            : []),
        ]}
        value={source}
        onChange={(e) => setSource(e.target.value)}
      />
      {source === 'indicator' ? (
        <Select
          id={`${p}-indicator`}
          label="Indicator"
          error={fieldError(`${p}-indicator`)}
          options={[['', 'Choose an indicator'], ...indicators.map((i): [string, string] => [i.id, i.title])]}
          value={indicator}
          onChange={(e) => setIndicator(e.target.value)}
        />
      ) : (
        <div className="form-group">
          <label className="label" htmlFor={`${p}-values`}>
            Figures (optional)
          </label>
          <div className="hint" id={`${p}-values-hint`}>
            One per line: the date and the figure, like 2026-03-31 107
          </div>
          {fieldError(`${p}-values`) ? (
            <p className="error-message" id={`${p}-values-error`}>
              <span className="visually-hidden">Error:</span> {fieldError(`${p}-values`)}
            </p>
          ) : null}
          <textarea
            id={`${p}-values`}
            className="input"
            rows={4}
            aria-describedby={
              fieldError(`${p}-values`) ? `${p}-values-hint ${p}-values-error` : `${p}-values-hint`
            }
            value={values}
            onChange={(e) => setValues(e.target.value)}
          />
        </div>
      )}
      <div className="inline-controls">
        <TextInput
          id={`${p}-baseline-value`}
          label="Baseline"
          inputMode="decimal"
          value={baseline.value}
          error={fieldError(`${p}-baseline-value`)}
          onChange={(e) => setBaseline({ ...baseline, value: e.target.value })}
        />
        <TextInput
          id={`${p}-baseline-date`}
          label="Baseline date"
          type="date"
          value={baseline.date}
          error={fieldError(`${p}-baseline-date`)}
          onChange={(e) => setBaseline({ ...baseline, date: e.target.value })}
        />
      </div>
      <div className="inline-controls">
        <TextInput
          id={`${p}-target-value`}
          label="Target"
          inputMode="decimal"
          value={target.value}
          error={fieldError(`${p}-target-value`)}
          onChange={(e) => setTarget({ ...target, value: e.target.value })}
        />
        <TextInput
          id={`${p}-target-date`}
          label="Target date"
          type="date"
          value={target.date}
          error={fieldError(`${p}-target-date`)}
          onChange={(e) => setTarget({ ...target, date: e.target.value })}
        />
      </div>
      <Select
        id={`${p}-direction`}
        label="Better is"
        options={[
          ['higher', 'Higher'],
          ['lower', 'Lower'],
        ]}
        value={direction}
        onChange={(e) => setDirection(e.target.value)}
      />
      <TextInput
        id={`${p}-tolerance`}
        label="Tolerance"
        hint="How far behind the trajectory still counts as on track, in the KPI's unit"
        inputMode="decimal"
        value={tolerance}
        error={fieldError(`${p}-tolerance`)}
        onChange={(e) => setTolerance(e.target.value)}
      />
      <button type="submit" className="button">
        {kpi ? 'Save KPI' : 'Add KPI'}
      </button>
    </form>
  );
}
