import { useEffect, useRef } from 'react';
import type { ApiError } from '../api/api-error.ts';

export interface ErrorItem {
  text: string;
  /** The id of the field at fault, so the link moves focus to it. */
  href?: string;
}

/**
 * The GOV.UK error summary: a box at the top of the page listing what went wrong, focused when it
 * appears so screen reader and keyboard users meet it first.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
}: {
  errors: ErrorItem[];
  title?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.text).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again when the errors change
  useEffect(() => {
    if (errors.length) box.current?.focus();
  }, [key]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={box}>
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.text}>{error.href ? <a href={error.href}>{error.text}</a> : error.text}</li>
        ))}
      </ul>
    </div>
  );
}

/** The error summary for an API failure (nothing when there is none). */
export function ApiErrorSummary({ error }: { error: ApiError | undefined }) {
  if (!error) return null;
  const fields = Object.entries(error.fields ?? {}).map(([field, text]) => ({ text: `${field}: ${text}` }));
  return <ErrorSummary errors={[{ text: error.message }, ...fields]} />;
}
