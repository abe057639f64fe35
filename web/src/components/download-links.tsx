/** 'Download CSV' and 'Download Excel' links for an export endpoint, carrying the same filters as the table. */
export function DownloadLinks({
  path,
  params = {},
  what,
}: {
  path: string;
  params?: Record<string, string | number | undefined>;
  /** What the file holds, read by screen readers after the link text ("findings"). */
  what: string;
}) {
  const href = (format: 'csv' | 'xlsx') => {
    const search = new URLSearchParams({ format });
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== '' && key !== 'page') search.set(key, String(value));
    }
    return `${path}?${search}`;
  };
  return (
    <p className="downloads">
      <a href={href('csv')} download>
        Download CSV<span className="visually-hidden"> of {what}</span>
      </a>
      <a href={href('xlsx')} download>
        Download Excel<span className="visually-hidden"> of {what}</span>
      </a>
    </p>
  );
}
