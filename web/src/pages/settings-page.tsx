import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import type { CategoryRule, CouncilSettings } from '../api/types.ts';
import { useCouncil } from '../components/councils-context.tsx';
import { ApiErrorSummary, type ErrorItem, ErrorSummary } from '../components/error-summary.tsx';
import { Checkbox, TextInput } from '../components/fields.tsx';
import { NotificationBanner } from '../components/notification-banner.tsx';
import { SummaryList } from '../components/summary-list.tsx';
import { useApi } from '../components/use-api.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { formatDateTime } from '../format/format.ts';
import { ErrorPage } from './error-pages.tsx';
import { MappingEditor } from './settings/mapping-editor.tsx';
import { NeighboursForm } from './settings/neighbours-form.tsx';
import { PopulationEditor, type PopulationRow } from './settings/population-editor.tsx';

function problems(
  name: string,
  email: string,
  population: PopulationRow[],
  rules: CategoryRule[],
): ErrorItem[] {
  const list: ErrorItem[] = [];
  if (!name.trim()) list.push({ text: 'Enter the council name to show', href: '#display-name' });
  if (email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
    list.push({
      text: 'Enter an email address in the correct format, like name@council.gov.uk',
      href: '#contact-email',
    });
  population.forEach((row, i) => {
    if (!/^\d{4}$/.test(row.year.trim()))
      list.push({
        text: `Population row ${i + 1}: enter the year as 4 digits`,
        href: `#population-${i}-year`,
      });
    if (!/^\d+$/.test(row.population.trim()))
      list.push({
        text: `Population row ${i + 1}: enter the number of children as a whole number`,
        href: `#population-${i}-count`,
      });
  });
  rules.forEach((rule, i) => {
    if (rule.placementTypes.length === 0)
      list.push({ text: `Rule ${i + 1}: enter at least one placement code`, href: `#rule-${i}-types` });
  });
  return list;
}

/** A council's details, 0–17 population by year, placement-category mapping and postcode directory version. */
export function SettingsPage({ code }: { code: string }) {
  const council = useCouncil(code);
  usePageTitle('Settings', council?.name);
  const path = `/api/councils/${encodeURIComponent(code)}/settings`;
  const { data, error } = useApi<CouncilSettings>(council ? path : null);
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  if (error?.status === 403) return <ErrorPage status={403} />;
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Settings</h1>
      <ApiErrorSummary error={error} />
      {data ? <SettingsForm path={path} settings={data} /> : <p className="body">Loading…</p>}
      {data ? <NeighboursForm code={code} /> : null}
    </>
  );
}

function SettingsForm({ path, settings }: { path: string; settings: CouncilSettings }) {
  const [saved, setSaved] = useState(settings);
  const [name, setName] = useState(settings.displayName);
  const [email, setEmail] = useState(settings.contactEmail ?? '');
  const [population, setPopulation] = useState<PopulationRow[]>(
    settings.populationUnder18.map((p) => ({ year: String(p.year), population: String(p.population) })),
  );
  const [useDefault, setUseDefault] = useState(settings.categoryMappingIsDefault ?? false);
  const [rules, setRules] = useState<CategoryRule[]>(settings.categoryMapping);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [apiError, setApiError] = useState<ApiError | undefined>(undefined);
  const [notice, setNotice] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(false);
    setApiError(undefined);
    const found = problems(name, email, population, useDefault ? [] : rules);
    setErrors(found);
    if (found.length) return;
    try {
      const next = await api<CouncilSettings>('PUT', path, {
        displayName: name.trim(),
        contactEmail: email.trim() || null,
        populationUnder18: population.map((p) => ({
          year: Number(p.year),
          population: Number(p.population),
        })),
        categoryMapping: useDefault ? null : rules,
      });
      if (next) {
        setSaved(next);
        setRules(next.categoryMapping);
      }
      setNotice(true);
      window.scrollTo(0, 0);
    } catch (caught) {
      setApiError(asApiError(caught));
    }
  };
  const fieldError = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;
  return (
    <form onSubmit={submit} noValidate>
      {notice ? (
        <NotificationBanner title="Success" success>
          <p className="body">The settings have been saved.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      <ApiErrorSummary error={apiError} />
      <h2 className="heading-l">Council details</h2>
      <TextInput
        id="display-name"
        label="Name to show"
        value={name}
        error={fieldError('display-name')}
        onChange={(e) => setName(e.target.value)}
      />
      <TextInput
        id="contact-email"
        label="Contact email (optional)"
        hint="Shown to users who need help with this council's data"
        type="email"
        autoComplete="email"
        spellCheck={false}
        value={email}
        error={fieldError('contact-email')}
        onChange={(e) => setEmail(e.target.value)}
      />
      <SummaryList
        rows={[
          ['Postcode directory', saved.postcodeDirectoryVersion],
          [
            'Last saved',
            saved.updatedAt
              ? `${formatDateTime(saved.updatedAt)} by ${saved.updatedBy ?? 'unknown'}`
              : 'Never',
          ],
        ]}
      />
      <h2 className="heading-l">Children aged 0 to 17</h2>
      <p className="body">Mid-year population estimates, used to give rates per 10,000 children.</p>
      <PopulationEditor rows={population} onChange={setPopulation} errorFor={fieldError} />
      <h2 className="heading-l">Placement categories</h2>
      <p className="body">
        How placement codes (PLACE) and providers (PLACE_PROVIDER) map to the categories used in every figure.
      </p>
      <Checkbox
        id="default-mapping"
        label="Use the standard mapping"
        hint="Untick to edit the rules for this council"
        checked={useDefault}
        onChange={(e) => setUseDefault(e.target.checked)}
      />
      {useDefault ? null : <MappingEditor rules={rules} categories={saved.categories} onChange={setRules} />}
      <div className="form-actions">
        <button type="submit" className="button">
          Save settings
        </button>
      </div>
    </form>
  );
}
