import { useEffect, useState } from 'react';
import { useCouncil } from '../../components/councils-context.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { Link } from '../../router/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { editionsPath, statementsHref } from './statement-types.ts';

/**
 * The edition as it will be published, rendered by the server and shown in a sandboxed frame (no
 * scripts), with a link to open it on its own.
 */
export function EditionPreviewPage({ code, number }: { code: string; number: string }) {
  const council = useCouncil(code);
  usePageTitle(`Preview of edition ${number}`, council?.name);
  const url = `${editionsPath(code)}/${encodeURIComponent(number)}/preview`;
  const [html, setHtml] = useState<string | undefined>();
  const [status, setStatus] = useState<number | undefined>();
  useEffect(() => {
    let current = true;
    void fetch(url, { credentials: 'same-origin' }).then(async (response) => {
      if (!current) return;
      setStatus(response.status);
      if (response.ok) setHtml(await response.text());
    });
    return () => {
      current = false;
    };
  }, [url]);
  if (!council || status === 404) return <ErrorPage status={404} />;
  return (
    <>
      <Link className="back-link" href={`${statementsHref(code)}/${encodeURIComponent(number)}`}>
        Back to edition {number}
      </Link>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Preview of edition {number}</h1>
      <p className="body">
        The statement as providers will read it, with today’s figures.{' '}
        <a href={url}>Open the preview on its own</a>.
      </p>
      {html === undefined ? (
        <p className="body">
          {status && status !== 200 ? `The preview could not be made (${status}).` : 'Building the preview…'}
        </p>
      ) : (
        <iframe
          title={`Preview of edition ${number}`}
          sandbox=""
          srcDoc={html}
          style={{ width: '100%', height: '80vh', border: '2px solid #0b0c0c' }}
        />
      )}
    </>
  );
}
