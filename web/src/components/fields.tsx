import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

/** Label, hint and error message wired to the control with aria-describedby (GOV.UK form group). */
function FieldGroup({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** A labelled text input. */
export function TextInput({
  id,
  label,
  hint,
  error,
  className = '',
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        className={`input${error ? ' input--error' : ''} ${className}`.trim()}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </FieldGroup>
  );
}

/** A labelled select from `[value, text]` options. */
export function Select({
  id,
  label,
  hint,
  error,
  options,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: [string, string][] }) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        className="select"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

/** A single labelled checkbox (GOV.UK style: large box, label beside it). */
export function Checkbox({
  id,
  label,
  hint,
  ...input
}: Omit<FieldProps, 'error'> & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="checkbox">
      <input
        id={id}
        name={id}
        type="checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
