import { type FormEvent, useState } from 'react';
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx';
import { Select, TextInput } from '../../components/fields.tsx';
import { APPROVAL_LABELS, APPROVAL_TYPES, HOME_TYPE_LABELS, HOME_TYPES } from './labels.ts';
import type { ApprovalType, CapacityChange, HomeType } from './types.ts';

export interface ScenarioRequest {
  name: string;
  changes: CapacityChange[];
}

interface Draft {
  name: string;
  households: string;
  approvalType: ApprovalType;
  beds: string;
  homeType: HomeType;
  homeName: string;
  opens: string;
}

const EMPTY: Draft = {
  name: '',
  households: '',
  approvalType: 'enhanced',
  beds: '',
  homeType: 'childrens-home',
  homeName: '',
  opens: '',
};

const whole = (text: string) => /^\d+$/.test(text.trim());

/** The scenario the draft describes, or the errors to show (ids of the fields at fault in `href`). */
export function scenarioOf(d: Draft): { scenario?: ScenarioRequest; errors: ErrorItem[] } {
  const errors: ErrorItem[] = [];
  const changes: CapacityChange[] = [];
  if (d.households.trim()) {
    if (!whole(d.households) || Number(d.households) > 1000)
      errors.push({
        text: 'Enter the carers to recruit a year as a whole number from 0 to 1000',
        href: '#scenario-households',
      });
    else if (Number(d.households) > 0)
      changes.push({
        kind: 'recruit-carers',
        householdsPerYear: Number(d.households),
        approvalType: d.approvalType,
      });
  }
  if (d.beds.trim() || d.homeName.trim() || d.opens) {
    if (!whole(d.beds) || Number(d.beds) < 1 || Number(d.beds) > 100)
      errors.push({
        text: 'Enter the beds of the new home as a whole number from 1 to 100',
        href: '#scenario-beds',
      });
    if (!d.opens) errors.push({ text: 'Enter the date the new home opens', href: '#scenario-opens' });
    if (errors.length === 0)
      changes.push({
        kind: 'open-home',
        name: d.homeName.trim() || 'New home',
        type: d.homeType,
        beds: Number(d.beds),
        opens: d.opens,
      });
  }
  if (errors.length === 0 && changes.length === 0)
    errors.push({ text: 'Enter carers to recruit or a home to open', href: '#scenario-households' });
  if (errors.length) return { errors };
  return { scenario: { name: d.name.trim() || 'Scenario', changes }, errors };
}

/**
 * A capacity scenario in plain terms: "recruit [10] more [enhanced] carer households a year", "open a [6]-bed
 * [children's home] on [date]". Checked here first (GOV.UK error summary), then sent.
 */
export function ScenarioForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit(scenario: ScenarioRequest): void;
}) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const set = (field: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: e.target.value });
  const error = (id: string) => errors.find((e) => e.href === `#scenario-${id}`)?.text;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { scenario, errors: found } = scenarioOf(draft);
    setErrors(found);
    if (scenario) onSubmit(scenario);
  };
  return (
    <form onSubmit={submit} noValidate className="panel-form" aria-labelledby="scenario-heading">
      <ErrorSummary errors={errors} />
      <TextInput
        id="scenario-name"
        label="Name of the scenario (optional)"
        value={draft.name}
        onChange={set('name')}
      />
      <fieldset className="fieldset">
        <legend className="heading-s">Recruit more foster carers</legend>
        <div className="inline-controls">
          <TextInput
            id="scenario-households"
            label="Households a year"
            hint="On top of the usual recruitment"
            inputMode="numeric"
            className="input--width-5"
            value={draft.households}
            error={error('households')}
            onChange={set('households')}
          />
          <Select
            id="scenario-approval"
            label="Approval type"
            value={draft.approvalType}
            onChange={set('approvalType')}
            options={APPROVAL_TYPES.filter((t) => t !== 'short-breaks').map((t) => [t, APPROVAL_LABELS[t]])}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="heading-s">Open a home</legend>
        <div className="inline-controls">
          <TextInput
            id="scenario-beds"
            label="Beds"
            inputMode="numeric"
            className="input--width-5"
            value={draft.beds}
            error={error('beds')}
            onChange={set('beds')}
          />
          <Select
            id="scenario-home-type"
            label="Type of home"
            value={draft.homeType}
            onChange={set('homeType')}
            options={HOME_TYPES.map((t) => [t, HOME_TYPE_LABELS[t]])}
          />
          <TextInput
            id="scenario-opens"
            label="Opens on"
            type="date"
            value={draft.opens}
            error={error('opens')}
            onChange={set('opens')}
          />
        </div>
        <TextInput
          id="scenario-home-name"
          label="Name of the home (optional)"
          value={draft.homeName}
          onChange={set('homeName')}
        />
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        Show the effect
      </button>
    </form>
  );
}
