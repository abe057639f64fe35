import type { CategoryRule } from '../../api/types.ts';

const list = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);

/**
 * The placement-category mapping as an editable table: one row per rule, tried from the top; the first
 * rule whose placement codes (and providers, when given) match decides the category.
 */
export function MappingEditor({
  rules,
  categories,
  onChange,
}: {
  rules: CategoryRule[];
  /** Every category a rule may name, with its label (from the settings answer). */
  categories: { category: string; label: string }[];
  onChange(rules: CategoryRule[]): void;
}) {
  const update = (index: number, rule: CategoryRule) =>
    onChange(rules.map((r, i) => (i === index ? rule : r)));
  const move = (index: number, by: number) => {
    const next = [...rules];
    const [rule] = next.splice(index, 1);
    if (rule) next.splice(index + by, 0, rule);
    onChange(next);
  };
  return (
    <div className="table-scroll">
      <table className="table table--compact">
        <caption className="table__caption table__caption--s">
          Rules, tried from the top: the first that matches a placement decides its category
        </caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Category</th>
            <th scope="col">Placement codes</th>
            <th scope="col">Providers (blank for any)</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule, i) => (
            // Keyed by position and content: a moved or edited rule remounts its inputs with the new values.
            // biome-ignore lint/suspicious/noArrayIndexKey: two identical rules may exist; position tells them apart
            <tr key={`${i}-${rule.category}-${rule.placementTypes.join()}-${rule.providers?.join() ?? ''}`}>
              <td>{i + 1}</td>
              <td>
                <label className="visually-hidden" htmlFor={`rule-${i}-category`}>
                  Rule {i + 1} category
                </label>
                <select
                  id={`rule-${i}-category`}
                  className="select"
                  value={rule.category}
                  onChange={(e) => update(i, { ...rule, category: e.target.value })}
                >
                  {categories.map((c) => (
                    <option key={c.category} value={c.category}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <label className="visually-hidden" htmlFor={`rule-${i}-types`}>
                  Rule {i + 1} placement codes
                </label>
                <input
                  id={`rule-${i}-types`}
                  className="input"
                  defaultValue={rule.placementTypes.join(', ')}
                  onBlur={(e) => update(i, { ...rule, placementTypes: list(e.target.value) })}
                />
              </td>
              <td>
                <label className="visually-hidden" htmlFor={`rule-${i}-providers`}>
                  Rule {i + 1} providers
                </label>
                <input
                  id={`rule-${i}-providers`}
                  className="input"
                  defaultValue={(rule.providers ?? []).join(', ')}
                  onBlur={(e) => {
                    const providers = list(e.target.value);
                    const { providers: _, ...rest } = rule;
                    update(i, providers.length ? { ...rest, providers } : rest);
                  }}
                />
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  Up<span className="visually-hidden"> (rule {i + 1})</span>
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={i === rules.length - 1}
                  onClick={() => move(i, 1)}
                >
                  Down<span className="visually-hidden"> (rule {i + 1})</span>
                </button>
                <button
                  type="button"
                  className="button button--warning button--small"
                  onClick={() => onChange(rules.filter((_, j) => j !== i))}
                >
                  Remove<span className="visually-hidden"> rule {i + 1}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          onChange([...rules, { category: categories[0]?.category ?? 'other', placementTypes: [] }])
        }
      >
        Add a rule
      </button>
    </div>
  );
}
