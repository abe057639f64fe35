import { type FormEvent, useState } from 'react';
import { Checkbox, Select, TextInput } from '../../components/fields.tsx';
import { CATEGORIES, CATEGORY_TEXT } from './types.ts';

/** A lever as the API takes it (the scenario file format: dates dd/mm/yyyy). */
export type LeverInput = Record<string, string | number | boolean | null>;

export const LEVER_KINDS: [string, string][] = [
  ['extra-entries', 'Extra entries into care'],
  ['entries-change', 'A change in entries (per cent)'],
  ['entries-level', 'Entries set to a number a month'],
  ['step-down', 'Step-downs between placement types'],
  ['in-house-capacity', 'New in-house places'],
  ['reference-period', 'A different reference period'],
];

const CATEGORY_OPTIONS = CATEGORIES.map((c): [string, string] => [c, CATEGORY_TEXT[c]]);

/** "2026-10-01" (a date input) → "01/10/2026"; empty stays empty so the API names the field. */
function ukFromIso(iso: string): string {
  return iso ? iso.split('-').reverse().join('/') : '';
}

/** One lever in plain terms ("Extra entries: 10 a month aged 10 to 15 into residential from …"). */
export function LeverForm({ onAdd }: { onAdd(lever: LeverInput): void }) {
  const [kind, setKind] = useState('extra-entries');
  const [f, setF] = useState<Record<string, string>>({
    perMonth: '10',
    level: '25',
    ageFrom: '10',
    ageTo: '15',
    category: 'residential',
    percent: '20',
    uasc: 'all',
    to: 'fostering',
    afterMonths: '6',
    places: '6',
    date: '',
    referenceYears: '3',
    entries: 'flat',
  });
  const [extraUasc, setExtraUasc] = useState(false);
  const [yearly, setYearly] = useState(false);
  const set = (key: string) => (e: { target: { value: string } }) =>
    setF((old) => ({ ...old, [key]: e.target.value }));
  const n = (key: string) => Number(f[key]);
  const add = (event: FormEvent) => {
    event.preventDefault();
    const date = ukFromIso(f.date ?? '');
    const levers: Record<string, LeverInput> = {
      'extra-entries': {
        kind,
        perMonth: n('perMonth'),
        ageFrom: n('ageFrom'),
        ageTo: n('ageTo'),
        category: f.category ?? '',
        uasc: extraUasc,
        from: date,
      },
      'entries-change': {
        kind,
        percent: n('percent'),
        uasc: f.uasc === 'all' ? null : f.uasc === 'uasc',
        ageFrom: n('ageFrom'),
        ageTo: n('ageTo'),
        from: date,
      },
      'entries-level': { kind, perMonth: n('level'), from: date },
      'step-down': {
        kind,
        from: f.category ?? '',
        to: f.to ?? '',
        percent: n('percent'),
        afterMonths: n('afterMonths'),
        starts: date,
      },
      'in-house-capacity': { kind, category: f.category ?? '', places: n('places'), opens: date, yearly },
      'reference-period': { kind, referenceYears: n('referenceYears'), entries: f.entries ?? 'flat' },
    };
    onAdd(levers[kind] as LeverInput);
  };
  const num = (key: string, label: string, width = 'input--width-5') => (
    <TextInput
      id={`lever-${key}`}
      label={label}
      inputMode="decimal"
      className={width}
      value={f[key]}
      onChange={set(key)}
    />
  );
  const dateField = (label: string) => (
    <TextInput id="lever-date" label={label} type="date" value={f.date} onChange={set('date')} />
  );
  return (
    <form className="panel-form" onSubmit={add} aria-labelledby="lever-heading">
      <h3 className="heading-s" id="lever-heading">
        Add a change
      </h3>
      <Select
        id="lever-kind"
        label="Kind of change"
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        options={LEVER_KINDS}
      />
      <div className="inline-controls">
        {kind === 'extra-entries' ? (
          <>
            {num('perMonth', 'Extra children a month')}
            {num('ageFrom', 'Aged from')}
            {num('ageTo', 'Aged to')}
            <Select
              id="lever-category"
              label="Into"
              value={f.category}
              onChange={set('category')}
              options={CATEGORY_OPTIONS}
            />
            {dateField('From')}
          </>
        ) : null}
        {kind === 'entries-change' ? (
          <>
            {num('percent', 'Change in entries (%)')}
            <Select
              id="lever-uasc"
              label="Of"
              value={f.uasc}
              onChange={set('uasc')}
              options={[
                ['all', 'All children'],
                ['uasc', 'Unaccompanied asylum-seeking children'],
                ['not-uasc', 'Children who are not UASC'],
              ]}
            />
            {num('ageFrom', 'Aged from')}
            {num('ageTo', 'Aged to')}
            {dateField('From')}
          </>
        ) : null}
        {kind === 'entries-level' ? (
          <>
            {num('level', 'Children entering care a month')}
            {dateField('From')}
          </>
        ) : null}
        {kind === 'step-down' ? (
          <>
            {num('percent', 'Share of children (%)')}
            <Select
              id="lever-category"
              label="In"
              value={f.category}
              onChange={set('category')}
              options={CATEGORY_OPTIONS}
            />
            <Select
              id="lever-to"
              label="Move to"
              value={f.to}
              onChange={set('to')}
              options={CATEGORY_OPTIONS}
            />
            {num('afterMonths', 'After months in care')}
            {dateField('Starting')}
          </>
        ) : null}
        {kind === 'in-house-capacity' ? (
          <>
            {num('places', 'In-house places')}
            <Select
              id="lever-category"
              label="For"
              value={f.category}
              onChange={set('category')}
              options={CATEGORY_OPTIONS}
            />
            {dateField('Open on')}
          </>
        ) : null}
        {kind === 'reference-period' ? (
          <>
            {num('referenceYears', 'Years of history')}
            <Select
              id="lever-entries"
              label="Entries to care"
              value={f.entries}
              onChange={set('entries')}
              options={[
                ['trend', 'Follow their trend'],
                ['flat', 'Flat at their average'],
              ]}
            />
          </>
        ) : null}
      </div>
      {kind === 'extra-entries' ? (
        <Checkbox
          id="lever-extra-uasc"
          label="They are unaccompanied asylum-seeking children"
          checked={extraUasc}
          onChange={(e) => setExtraUasc(e.target.checked)}
        />
      ) : null}
      {kind === 'in-house-capacity' ? (
        <Checkbox
          id="lever-yearly"
          label="Add these places again every year (recruitment)"
          checked={yearly}
          onChange={(e) => setYearly(e.target.checked)}
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--secondary">
          Add this change
        </button>
      </div>
    </form>
  );
}

/** A lever in plain words before it is saved (the server's wording comes back once saved). */
export function leverText(l: LeverInput): string {
  const cat = (c: unknown) => String(c);
  switch (l.kind) {
    case 'extra-entries':
      return `${l.perMonth} more ${l.uasc ? 'UASC ' : ''}children a month aged ${l.ageFrom}–${l.ageTo} enter ${cat(l.category)} from ${l.from || '(no date)'}.`;
    case 'entries-change':
      return `Entries of ${l.uasc === null ? 'children' : l.uasc ? 'UASC' : 'children who are not UASC'} aged ${l.ageFrom}–${l.ageTo} change by ${l.percent}% from ${l.from || '(no date)'}.`;
    case 'entries-level':
      return `Entries are ${l.perMonth} a month from ${l.from || '(no date)'}, in place of the reference period's level and trend.`;
    case 'step-down':
      return `${l.percent}% of children in ${cat(l.from)} move to ${cat(l.to)} after ${l.afterMonths} months in care, from ${l.starts || '(no date)'}.`;
    case 'in-house-capacity':
      return `${l.places} in-house ${cat(l.category)} places open on ${l.opens || '(no date)'}${l.yearly ? ', and again each year' : ''}.`;
    default:
      return `Rates from ${l.referenceYears} years of history, entries ${l.entries}.`;
  }
}
