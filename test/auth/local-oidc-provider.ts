import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const CLIENT = {
  clientId: 'sufficiency-test',
  clientSecret: 'a-test-client-secret-of-enough-length',
  redirectUri: 'http://localhost:8080/api/auth/oidc/callback',
};

export interface LocalProvider {
  issuer: string;
  close(): Promise<void>;
}

/**
 * An OpenID provider on a random localhost port (oidc-provider with its development login screens): any
 * login name signs in as the account of that id, whose email is `<id>@council.example`.
 */
export async function startLocalProvider(): Promise<LocalProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.clientId,
        client_secret: CLIENT.clientSecret,
        redirect_uris: [CLIENT.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: `${id}@council.example`, email_verified: true }),
    }),
    cookies: { keys: ['test-cookie-key'] },
  });
  server.on('request', provider.callback());
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Plays the browser between the app's login redirect and the callback: follows the provider's redirects,
 * keeping its cookies, signs in as `login` and consents. Returns the callback URL the provider sends back.
 */
export async function browseProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let step = 0; step < 12; step++) {
    if (url.startsWith(CLIENT.redirectUri)) return new URL(url);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let response = await fetch(url, { redirect: 'manual', headers: { cookie } });
    keep(jar, response);
    if (response.status === 200 && new URL(url).pathname.startsWith('/interaction/')) {
      const html = await response.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      const body = new URLSearchParams(
        prompt === 'login' ? { prompt, login, password: 'any' } : { prompt: prompt ?? '' },
      );
      const headers = {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      };
      response = await fetch(url, { method: 'POST', redirect: 'manual', headers, body });
      keep(jar, response);
    }
    const location = response.headers.get('location');
    if (!location)
      throw new Error(
        `provider stopped at ${url} with ${response.status}: ${(await response.text()).slice(0, 300)}`,
      );
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects at the provider');
}

function keep(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const value = pair.slice(at + 1);
    if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
}
