import { useEffect } from 'react';

/** Sets the browser title for a screen: "Findings – Camden – Sufficiency". */
export function usePageTitle(...parts: (string | undefined)[]): void {
  const title = [...parts.filter(Boolean), 'Sufficiency'].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
