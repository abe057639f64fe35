/** A progress bar with its text beside it; the text is what assistive technology announces. */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="progress">
      <progress className="progress__bar" max={100} value={percent} aria-label={label}>
        {percent}%
      </progress>
      <span className="progress__text">
        {total > 0
          ? `${percent}% (${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')})`
          : 'Starting…'}
      </span>
    </div>
  );
}
