import { ApiError } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | undefined;

/** Remembers the CSRF token from the session; state-changing requests send it as `x-csrf-token`. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Query string from a record, leaving out empty values. `query({ q: 'a', page: 2, x: '' })` → `?q=a&page=2`. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as
    | { id?: string; message?: string; fields?: Record<string, string> }
    | undefined;
  return new ApiError(
    response.status,
    body?.id ?? `http-${response.status}`,
    body?.message ?? `The server answered ${response.status} ${response.statusText}.`,
    body?.fields,
  );
}

/**
 * Calls the JSON API. Sends the session cookie, the CSRF token on state-changing requests, and throws
 * an ApiError `{ status, id, message }` for any error answer.
 *
 * @example const councils = await api<Council[]>('GET', '/api/councils');
 */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : undefined) as T;
}
