import { createTestApp, type TestApp } from './support/test-app';
import { Fixtures, PASSWORD } from './support/fixtures';

const setCookies = (response: { headers: Record<string, unknown> }): string[] =>
  (response.headers['set-cookie'] as string[] | undefined) ?? [];
const cookieNamed = (response: { headers: Record<string, unknown> }, name: string): string | undefined =>
  setCookies(response).find((cookie) => cookie.startsWith(`${name}=`));
const pairOf = (cookie: string | undefined) => cookie?.split(';')[0] ?? '';

/**
 * The SPA attempts its silent refresh on page load only when the `cloudhub_session` hint is there, so a
 * logged-out visit sends no refresh that would be refused (and logged by the browser as an error).
 */
describe('session hint cookie', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  it('login sets it beside the refresh cookie: readable by scripts, no secret, same lifetime and SameSite', async () => {
    const user = await fixtures.user();
    const login = await api.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
    const hint = cookieNamed(login, 'cloudhub_session');
    const refresh = cookieNamed(login, 'cloudhub_refresh');
    expect(hint).toMatch(/^cloudhub_session=1; /);
    expect(hint).not.toMatch(/HttpOnly/i);
    expect(hint).toMatch(/; Path=\/;/);
    expect(hint).toMatch(/SameSite=Strict/);
    expect(refresh).toMatch(/HttpOnly/);
    const expiry = (cookie: string | undefined) => /Expires=([^;]+)/.exec(cookie ?? '')?.[1];
    expect(expiry(hint)).toBeDefined();
    expect(expiry(hint)).toBe(expiry(refresh));
  });

  it('refresh renews it, logout clears it', async () => {
    const user = await fixtures.user();
    const login = await api.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD });
    const refreshed = await api
      .http()
      .post('/api/auth/refresh')
      .set('Cookie', pairOf(cookieNamed(login, 'cloudhub_refresh')))
      .expect(200);
    expect(cookieNamed(refreshed, 'cloudhub_session')).toMatch(/^cloudhub_session=1; /);

    const logout = await api
      .http()
      .post('/api/auth/logout')
      .set('Cookie', [pairOf(cookieNamed(refreshed, 'cloudhub_refresh')), 'cloudhub_session=1'])
      .expect(204);
    expect(cookieNamed(logout, 'cloudhub_session')).toMatch(/^cloudhub_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    expect(cookieNamed(logout, 'cloudhub_refresh')).toMatch(
      /^cloudhub_refresh=; Path=\/api\/auth; Expires=Thu, 01 Jan 1970/,
    );
  });

  it('a refused refresh clears it, so the next page load does not try again', async () => {
    const refused = await api
      .http()
      .post('/api/auth/refresh')
      .set('Cookie', ['cloudhub_refresh=garbage', 'cloudhub_session=1'])
      .expect(401);
    expect(cookieNamed(refused, 'cloudhub_session')).toMatch(/^cloudhub_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
  });
});
