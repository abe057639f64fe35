/**
 * One-line definitions of the figures on a screen, in a details box under its heading, pointing to the
 * full definitions in docs/supply.md (shipped with the code, not served by the app).
 */
export function FigureDefinitions({ items, section }: { items: [string, string][]; section?: string }) {
  return (
    <details className="details">
      <summary className="details__summary">What these figures mean</summary>
      <div className="details__text">
        <dl className="summary-list">
          {items.map(([term, meaning]) => (
            <div className="summary-list__row" key={term}>
              <dt className="summary-list__key">{term}</dt>
              <dd className="summary-list__value">{meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="body">
          Full definitions, with worked examples: <code>docs/supply.md</code>
          {section ? `, “${section}”` : ''}, in the Sufficiency documentation.
        </p>
      </div>
    </details>
  );
}
