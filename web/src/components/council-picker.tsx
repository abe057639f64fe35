import { type FormEvent, useState } from 'react';
import { navigate } from '../router/index.ts';
import { useCouncils } from './councils-context.tsx';

export const REGION = 'region';

/**
 * Chooses the council to look at (and the pooled view when the user has more than one). A button
 * applies the choice: changing a select alone must not move the user to another page (WCAG 3.2.2).
 */
export function CouncilPicker({ current }: { current: string }) {
  const { data: councils } = useCouncils();
  const [choice, setChoice] = useState(current);
  if (!councils || councils.length < 2) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(choice === REGION ? '/region' : `/councils/${encodeURIComponent(choice)}`);
  };
  return (
    <form className="council-picker" onSubmit={submit}>
      <label className="label" htmlFor="council-picker">
        Council
      </label>
      <div className="inline-controls">
        <select
          id="council-picker"
          className="select"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
        >
          {councils.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
          <option value={REGION}>All my councils (regional)</option>
        </select>
        <button type="submit" className="button button--secondary">
          Show
        </button>
      </div>
    </form>
  );
}
