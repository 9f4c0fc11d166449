import * as bcrypt from 'bcrypt';
import { condense, PasswordHasher } from '../src/auth/password-hasher';
import { createTestApp, randomClientIp, type TestApp } from './support/test-app';
import { Fixtures, PASSWORD } from './support/fixtures';

type Headers = { headers: Record<string, unknown> };
const setCookies = (response: Headers): string[] => (response.headers['set-cookie'] as string[] | undefined) ?? [];
const cookieNamed = (response: Headers, name: string) => setCookies(response).find((c) => c.startsWith(`${name}=`));
const pairOf = (cookie: string | undefined): string => {
  if (!cookie) throw new Error('cookie not set');
  return cookie.split(';')[0];
};
const refreshOf = (response: Headers) => pairOf(cookieNamed(response, 'cloudhub_refresh'));

describe('sessions', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  const loginCookie = async (email: string, password = PASSWORD) =>
    refreshOf(await api.http().post('/api/auth/login').send({ email, password }).expect(200));
  const refresh = (cookie: string, app: TestApp = api) => app.http().post('/api/auth/refresh').set('Cookie', cookie);
  const auditOf = (userId: string, action: string) =>
    fixtures.dataSource.query<{ tenant_id: string; actor_id: string; target_id: string; context: { ip: string } }[]>(
      `SELECT tenant_id, actor_id, target_id, context FROM audit_events WHERE target_id = $1 AND action = $2`,
      [userId, action],
    );

  describe('refresh reuse window (two tabs refreshing at the same moment)', () => {
    it('two parallel refreshes with one token both succeed, and both new tokens work', async () => {
      const user = await fixtures.user();
      const cookie = await loginCookie(user.email);
      const [one, two] = await Promise.all([refresh(cookie), refresh(cookie)]);
      expect([one.status, two.status]).toEqual([200, 200]);
      await api.http().get('/api/me').set('Authorization', `Bearer ${one.body.accessToken}`).expect(200);
      await refresh(refreshOf(one)).expect(200);
      await refresh(refreshOf(two)).expect(200);
    });

    it('five parallel refreshes with one token, split over two instances, all succeed', async () => {
      const second = await createTestApp();
      try {
        const user = await fixtures.user();
        const cookie = await loginCookie(user.email);
        const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => refresh(cookie, i % 2 ? second : api)));
        expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
      } finally {
        await second.close();
      }
    });

    it('a reuse after the window revokes the family and is audited as session.reuse_revoked', async () => {
      const tenant = await fixtures.tenant();
      const user = await fixtures.user();
      await fixtures.member(tenant.id, user.id);
      const first = await loginCookie(user.email);
      const second = refreshOf(await refresh(first).expect(200));
      // As if 11 seconds had passed since the rotation (the window is 10 s).
      await fixtures.dataSource.query(
        `UPDATE refresh_tokens SET rotated_at = rotated_at - interval '11 seconds' WHERE user_id = $1`,
        [user.id],
      );
      const ip = randomClientIp();
      const replay = await api.http(ip).post('/api/auth/refresh').set('Cookie', first);
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('refresh_token_invalid');
      await refresh(second).expect(401);
      expect(await auditOf(user.id, 'session.reuse_revoked')).toEqual([
        { tenant_id: tenant.id, actor_id: user.id, target_id: user.id, context: { ip } },
      ]);
      // Once revoked, further replays revoke nothing more and are not audited again.
      await refresh(first).expect(401);
      expect(await auditOf(user.id, 'session.reuse_revoked')).toHaveLength(1);
    });

    it('a token revoked by logout is not revived by the window', async () => {
      const user = await fixtures.user();
      const first = await loginCookie(user.email);
      const second = refreshOf(await refresh(first).expect(200));
      await api.http().post('/api/auth/logout').set('Cookie', second).expect(204);
      await refresh(first).expect(401);
    });
  });

  describe('over HTTPS', () => {
    let secure: TestApp;
    beforeAll(async () => {
      secure = await createTestApp({ env: { APP_URL: 'https://hub.example.test' } });
    });
    afterAll(() => secure.close());

    it('the refresh cookie is __Host-cloudhub_refresh with Secure and Path=/, and only that name is read', async () => {
      const user = await fixtures.user();
      const login = await secure.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD });
      expect(login.status).toBe(200);
      const cookie = cookieNamed(login, '__Host-cloudhub_refresh');
      expect(cookie).toMatch(/; Path=\/;/);
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Strict/);
      expect(cookie).not.toMatch(/Domain=/i);
      expect(cookieNamed(login, 'cloudhub_refresh')).toBeUndefined();
      expect(cookieNamed(login, '__Host-cloudhub_device')).toMatch(/; Path=\/;.*; Secure/);
      // The hint stays readable by scripts.
      expect(cookieNamed(login, 'cloudhub_session')).not.toMatch(/HttpOnly/);

      const value = pairOf(cookie).slice('__Host-cloudhub_refresh='.length);
      await refresh(`cloudhub_refresh=${value}`, secure).expect(401);
      const loginAgain = await loginCookieOn(secure, user.email);
      const refreshed = await refresh(loginAgain, secure).expect(200);
      expect(cookieNamed(refreshed, '__Host-cloudhub_refresh')).toMatch(/; Path=\/;.*; Secure/);
      const logout = await secure
        .http()
        .post('/api/auth/logout')
        .set('Cookie', pairOf(cookieNamed(refreshed, '__Host-cloudhub_refresh')));
      expect(logout.status).toBe(204);
      expect(cookieNamed(logout, '__Host-cloudhub_refresh')).toMatch(/^__Host-cloudhub_refresh=; Path=\/;.*Secure/);
    });

    async function loginCookieOn(app: TestApp, email: string) {
      const login = await app.http().post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
      return pairOf(cookieNamed(login, '__Host-cloudhub_refresh'));
    }
  });

  describe('Origin check on the cookie calls', () => {
    const ownOrigin = () => new URL(api.config.appUrl).origin;

    it.each(['https://evil.example', 'null'])('Origin: %s on login answers 403 and changes nothing', async (origin) => {
      const user = await fixtures.user();
      const ip = randomClientIp();
      const refused = await api
        .http(ip)
        .post('/api/auth/login')
        .set('Origin', origin)
        .send({ email: user.email, password: 'wrong' });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('origin_not_allowed');
      expect(setCookies(refused)).toEqual([]);
      expect(
        await fixtures.dataSource.query('SELECT 1 FROM login_failures WHERE account_key = $1', [user.email]),
      ).toEqual([]);
      const right = await api
        .http(ip)
        .post('/api/auth/login')
        .set('Origin', origin)
        .send({ email: user.email, password: PASSWORD });
      expect(right.status).toBe(403);
      expect(setCookies(right)).toEqual([]);
    });

    it('a foreign Origin on refresh and logout answers 403, sets no cookie and leaves the token alone', async () => {
      const user = await fixtures.user();
      const cookie = await loginCookie(user.email);
      for (const path of ['/api/auth/refresh', '/api/auth/logout']) {
        const refused = await api.http().post(path).set('Origin', 'https://evil.example').set('Cookie', cookie);
        expect(refused.status).toBe(403);
        expect(refused.body.code).toBe('origin_not_allowed');
        expect(setCookies(refused)).toEqual([]);
      }
      // Neither rotated nor revoked: the token still works.
      const rows: { rotated_at: Date | null; revoked_at: Date | null }[] = await fixtures.dataSource.query(
        'SELECT rotated_at, revoked_at FROM refresh_tokens WHERE user_id = $1',
        [user.id],
      );
      expect(rows).toEqual([{ rotated_at: null, revoked_at: null }]);
      await refresh(cookie).set('Origin', ownOrigin()).expect(200);
    });

    it('the app’s own origin and requests without Origin are allowed', async () => {
      const user = await fixtures.user();
      await api
        .http()
        .post('/api/auth/login')
        .set('Origin', ownOrigin())
        .send({ email: user.email, password: PASSWORD })
        .expect(200);
      const cookie = await loginCookie(user.email);
      await api.http().post('/api/auth/logout').set('Origin', ownOrigin()).set('Cookie', cookie).expect(204);
    });
  });

  describe('passwords are NFKC-normalized', () => {
    const userWithHash = async (passwordHash: string) => {
      const user = await fixtures.user();
      await fixtures.dataSource.query('UPDATE users SET password_hash = $2 WHERE id = $1', [user.id, passwordHash]);
      return user;
    };
    const hasher = () => api.app.get(PasswordHasher);
    const login = (email: string, password: string) =>
      api.http(randomClientIp()).post('/api/auth/login').send({ email, password });

    it('a password set in full-width letters logs in typed in ASCII, and the other way round', async () => {
      const user = await userWithHash(await hasher().hash('ｐａｓｓｗｏｒｄ ｆｏｒ ｔｈｅ ｃｌｏｕｄ ２０２６'));
      await login(user.email, 'password for the cloud 2026').expect(200);
      await login(user.email, 'ｐａｓｓｗｏｒｄ ｆｏｒ ｔｈｅ ｃｌｏｕｄ ２０２６').expect(200);
      await login(user.email, 'password for the cloud 2027').expect(401);
    });

    it('a password set with a decomposed "é" logs in typed with the composed one', async () => {
      const user = await userWithHash(await hasher().hash('cafe\u0301 cre\u0300me brule\u0301e'));
      await login(user.email, 'caf\u00e9 cr\u00e8me brul\u00e9e').expect(200);
      await login(user.email, 'cafe creme brulee').expect(401);
    });

    it('a hash made before normalization still matches as typed then, and is replaced by the normalized one', async () => {
      const typed = 'ｐａｓｓｗｏｒｄ ｍａｄｅ ｉｎ ２０２５';
      const user = await userWithHash(await bcrypt.hash(condense(typed), 4));
      await login(user.email, 'password made in 2025').expect(401);
      await login(user.email, typed).expect(200);
      await login(user.email, 'password made in 2025').expect(200);
    });
  });

  describe('login events in the audit log', () => {
    it('records login.succeeded and login.failed with the address, in every customer of the account', async () => {
      const [first, second] = [await fixtures.tenant(), await fixtures.tenant()];
      const user = await fixtures.user();
      await fixtures.member(first.id, user.id);
      await fixtures.member(second.id, user.id);
      const ip = randomClientIp();
      await api.http(ip).post('/api/auth/login').send({ email: user.email, password: 'wrong' }).expect(401);
      await api.http(ip).post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
      for (const action of ['login.failed', 'login.succeeded']) {
        const rows = await auditOf(user.id, action);
        expect(rows.map((row) => row.tenant_id).sort()).toEqual([first.id, second.id].sort());
        expect(rows.every((row) => row.context.ip === ip && row.actor_id === user.id)).toBe(true);
      }
    });
  });
});
