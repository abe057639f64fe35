/** A row of headline figures (the overview's pattern): label, value, and an optional note. */
export function Headlines({
  label,
  items,
}: {
  label: string;
  items: { label: string; value: string; note?: string }[];
}) {
  return (
    <ul className="headlines" aria-label={label}>
      {items.map((item) => (
        <li className="headline" key={item.label}>
          <span className="headline__label">{item.label}</span>
          <span className="headline__value">{item.value}</span>
          {item.note ? <span className="headline__note">{item.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
