import { usePageTitle } from '../components/use-page-title.ts';
import { Link } from '../router/index.ts';

const PAGES: Record<number, { title: string; body: string }> = {
  403: {
    title: 'You do not have permission to see this page',
    body: 'Your role does not include this part of Sufficiency. Ask an administrator if you need it for your work.',
  },
  404: {
    title: 'Page not found',
    body: 'If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.',
  },
  500: {
    title: 'Sorry, there is a problem with the service',
    body: 'Try again later. Nothing you entered has been lost unless the page said it was saved.',
  },
};

/** The 403, 404 and 500 pages (any other status shows the 500 page). */
export function ErrorPage({ status, message }: { status: number; message?: string }) {
  const page = PAGES[status] ?? (PAGES[500] as { title: string; body: string });
  usePageTitle(page.title);
  return (
    <div className="grid-row">
      <div className="column-two-thirds">
        <h1 className="heading-xl">{page.title}</h1>
        <p className="body">{page.body}</p>
        {message ? <p className="body">{message}</p> : null}
        <p className="body">
          <Link href="/">Go to the start page</Link>
        </p>
      </div>
    </div>
  );
}
