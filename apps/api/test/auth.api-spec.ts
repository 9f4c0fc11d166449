import { createTestApp, type TestApp } from './support/test-app';
import { Fixtures, PASSWORD } from './support/fixtures';

const cookieOf = (response: { headers: Record<string, unknown> }): string => {
  const cookies = response.headers['set-cookie'] as string[] | undefined;
  const refresh = cookies?.find((cookie) => cookie.startsWith('cloudhub_refresh='));
  if (!refresh) throw new Error('no refresh cookie set');
  return refresh.split(';')[0];
};

describe('auth', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  it('logs in case-insensitively and sets an httpOnly, SameSite refresh cookie scoped to /api/auth', async () => {
    const user = await fixtures.user({ email: `Mixed.Case-${Date.now()}@Example.test` });
    const response = await api
      .http()
      .post('/api/auth/login')
      .send({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD })
      .expect(200);
    expect(response.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('cloudhub_refresh='),
    );
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(response.headers['cache-control']).toBe('no-store');
    await api.http().get('/api/me').set('Authorization', `Bearer ${response.body.accessToken}`).expect(200);
  });

  it('answers an unknown e-mail and a wrong password alike', async () => {
    const user = await fixtures.user();
    const wrongPassword = await api.http().post('/api/auth/login').send({ email: user.email, password: 'nope' });
    const unknown = await api.http().post('/api/auth/login').send({ email: 'nobody@example.test', password: 'nope' });
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    expect(strip(wrongPassword.body)).toEqual(strip(unknown.body));
    expect(unknown.body).toMatchObject({ status: 401, code: 'invalid_credentials' });
  });

  it('throttles failed logins per account and client with 429 and Retry-After, and a correct password does not count', async () => {
    const user = await fixtures.user();
    await fixtures.login(user.email); // a success leaves nothing behind
    // Five free failures from one client, then it has to wait, even with the right password.
    for (let attempt = 0; attempt < 5; attempt++) {
      await api.http().post('/api/auth/login').send({ email: user.email, password: 'wrong' }).expect(401);
    }
    const throttled = await api.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD });
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('login_throttled');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(throttled.headers['retry-after'])).toBeLessThanOrEqual(2);
    // Another client is not slowed by this one (see login-throttling.api-spec.ts for the rest).
    await api.http('10.201.0.1').post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
  });

  it('holds the per-client limit across two API instances and under concurrent attempts', async () => {
    const second = await createTestApp();
    try {
      const user = await fixtures.user();
      const ip = '10.201.0.2';
      const attempts = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          (i % 2 ? second : api).http(ip).post('/api/auth/login').send({ email: user.email, password: 'wrong' }),
        ),
      );
      const statuses = attempts.map((attempt) => attempt.status).sort();
      expect(statuses.filter((status) => status === 401)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(11);
    } finally {
      await second.close();
    }
  });

  it('rotates the refresh token on every refresh', async () => {
    const user = await fixtures.user();
    const login = await api.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD });
    const first = cookieOf(login);
    const refreshed = await api.http().post('/api/auth/refresh').set('Cookie', first).expect(200);
    const second = cookieOf(refreshed);
    expect(second).not.toBe(first);
    await api.http().get('/api/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
    await api.http().post('/api/auth/refresh').set('Cookie', second).expect(200);
  });

  it('revokes the whole family when a token older than the last rotated one is used again', async () => {
    const user = await fixtures.user();
    const first = cookieOf(await api.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }));
    const second = cookieOf(await api.http().post('/api/auth/refresh').set('Cookie', first).expect(200));
    const third = cookieOf(await api.http().post('/api/auth/refresh').set('Cookie', second).expect(200));
    // Within the reuse window only the token rotated last may come again: `first` is a replay.
    const replay = await api.http().post('/api/auth/refresh').set('Cookie', first);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('refresh_token_invalid');
    // The legitimate holder's newer token is dead too: the thief and the user both have to log in again.
    await api.http().post('/api/auth/refresh').set('Cookie', third).expect(401);
  });

  it('refuses tampered, unknown and missing refresh tokens', async () => {
    const user = await fixtures.user();
    const cookie = cookieOf(await api.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }));
    const tampered = cookie.slice(0, -2) + (cookie.endsWith('AA') ? 'BB' : 'AA');
    await api.http().post('/api/auth/refresh').set('Cookie', tampered).expect(401);
    await api.http().post('/api/auth/refresh').set('Cookie', 'cloudhub_refresh=garbage').expect(401);
    await api.http().post('/api/auth/refresh').expect(401);
    // The tampered attempt did not burn the real token.
    await api.http().post('/api/auth/refresh').set('Cookie', cookie).expect(200);
  });

  it('logout revokes the refresh token and clears the cookie', async () => {
    const user = await fixtures.user();
    const cookie = cookieOf(await api.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }));
    const logout = await api.http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/cloudhub_refresh=;/);
    await api.http().post('/api/auth/refresh').set('Cookie', cookie).expect(401);
  });

  it('accepts only HS256 access tokens signed with the key, unexpired', async () => {
    const user = await fixtures.user();
    const token = await fixtures.login(user.email);
    const [header, payload] = token.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    for (const bad of [unsigned, forged, 'not-a-token']) {
      const response = await api.http().get('/api/me').set('Authorization', `Bearer ${bad}`);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('unauthenticated');
    }
    await api.http().get('/api/me').expect(401);
  });

  it('validates the login body field by field', async () => {
    const response = await api
      .http()
      .post('/api/auth/login')
      .send({ email: 'not-an-address', admin: true })
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', message: 'must be an e-mail address' }),
        expect.objectContaining({ field: 'password', message: expect.any(String) }),
        expect.objectContaining({ field: 'admin', message: 'is not a known field' }),
      ]),
    );
  });
});

describe('auth throttling per client address', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  it('stops one address that tries many accounts (50 failures per 15 minutes)', async () => {
    const ip = '10.200.0.1';
    for (let attempt = 0; attempt < 50; attempt++) {
      await api
        .http(ip)
        .post('/api/auth/login')
        .send({ email: `guess-${attempt}@example.test`, password: 'x' })
        .expect(401);
    }
    const blocked = await api.http(ip).post('/api/auth/login').send({ email: 'another@example.test', password: 'x' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('login_throttled');
    // Another address is not affected.
    const user = await fixtures.user();
    await api.http('10.200.0.2').post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
  });

  it('limits login requests per address through @nestjs/throttler on PostgreSQL, with Retry-After', async () => {
    const ip = '10.200.0.3';
    const user = await fixtures.user();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 61; attempt++) {
      const response = await api.http(ip).post('/api/auth/login').send({ email: user.email, password: PASSWORD });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.body.code).toBe('too_many_requests');
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});
