import { createTestApp, randomClientIp, type TestApp } from './support/test-app';
import { Fixtures, PASSWORD } from './support/fixtures';
import { eventually, waitForMail } from './support/mailbox';

type Response = { status: number; headers: Record<string, unknown>; body: { code?: string } };

const deviceCookieOf = (response: { headers: Record<string, unknown> }): string => {
  const cookies = (response.headers['set-cookie'] as string[] | undefined) ?? [];
  const device = cookies.find((cookie) => cookie.startsWith('cloudhub_device='));
  if (!device) throw new Error('no device cookie set');
  return device.split(';')[0];
};
const retryAfter = (response: Response) => Number(response.headers['retry-after']);

/**
 * Failed logins are limited per account per client (a known device, else the address) with growing waits,
 * and across clients that are not a known device of the account by a ceiling that locks out only those.
 * See LOGIN_THROTTLE in src/auth/login-throttle.ts.
 */
describe('login throttling', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp({ devMailbox: true });
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  const login = (email: string, password: string, from: { ip?: string; cookie?: string } = {}) => {
    const request = api
      .http(from.ip ?? randomClientIp())
      .post('/api/auth/login')
      .send({ email, password });
    return (from.cookie ? request.set('Cookie', from.cookie) : request) as unknown as Promise<Response>;
  };
  /** As if the client had waited: its current wait is over. */
  const waitOut = (email: string) =>
    fixtures.dataSource.query('UPDATE login_failures SET blocked_until = now() WHERE account_key = $1', [
      email.toLowerCase(),
    ]);
  /** `count` wrong passwords, each from another address and without a device cookie, `batch` at a time. */
  async function guessFromEverywhere(email: string, count: number, batch = 10): Promise<number[]> {
    const statuses: number[] = [];
    for (let done = 0; done < count; done += batch) {
      const round = await Promise.all(
        Array.from({ length: Math.min(batch, count - done) }, () => login(email, 'wrong guess')),
      );
      statuses.push(...round.map((response) => response.status));
    }
    return statuses;
  }

  it('slows one client guessing one account: five free failures, then 429 with a doubling Retry-After', async () => {
    const user = await fixtures.user();
    const ip = randomClientIp();
    for (let attempt = 0; attempt < 5; attempt++) expect((await login(user.email, 'wrong', { ip })).status).toBe(401);
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const refused = await login(user.email, PASSWORD, { ip });
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('login_throttled');
      waits.push(retryAfter(refused));
      await waitOut(user.email);
      expect((await login(user.email, 'wrong', { ip })).status).toBe(401);
    }
    expect(waits).toEqual([2, 4, 8]);
    // Another client of the same account is not slowed by this one.
    expect((await login(user.email, PASSWORD)).status).toBe(200);
  });

  it('forgets a client’s failures when it logs in successfully', async () => {
    const user = await fixtures.user();
    const ip = randomClientIp();
    for (let attempt = 0; attempt < 5; attempt++) await login(user.email, 'wrong', { ip });
    await waitOut(user.email);
    expect((await login(user.email, PASSWORD, { ip })).status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt++) expect((await login(user.email, 'wrong', { ip })).status).toBe(401);
  });

  it('treats an unknown address exactly like an account: same answers, same limits', async () => {
    const email = `nobody-${Date.now()}@example.test`;
    const ip = randomClientIp();
    for (let attempt = 0; attempt < 5; attempt++) expect((await login(email, 'wrong', { ip })).status).toBe(401);
    const refused = await login(email, 'wrong', { ip });
    expect(refused.status).toBe(429);
    expect(retryAfter(refused)).toBe(2);
  });

  it('100 wrong passwords from other clients do not stop the owner’s known device; unknown clients are locked out and the owner is e-mailed once', async () => {
    const owner = await fixtures.user({ name: 'Olga Owner' });
    const other = await fixtures.user();
    const knownDevice = deviceCookieOf(await login(owner.email, PASSWORD));
    const otherAccountsDevice = deviceCookieOf(await login(other.email, PASSWORD));

    const statuses = await guessFromEverywhere(owner.email, 100);
    expect(statuses.every((status) => status === 401)).toBe(true);

    // The ceiling is reached: any client that is not a known device of the owner is refused, right password or not.
    const unknownClient = await login(owner.email, PASSWORD);
    expect(unknownClient.status).toBe(429);
    expect(unknownClient.body.code).toBe('login_throttled');
    expect(retryAfter(unknownClient)).toBeGreaterThan(3000);
    const forged = knownDevice.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect((await login(owner.email, PASSWORD, { cookie: forged })).status).toBe(429);
    expect((await login(owner.email, PASSWORD, { cookie: otherAccountsDevice })).status).toBe(429);

    // The owner's own browser still gets in, from any address, and stays a known device.
    const fromKnownDevice = await login(owner.email, PASSWORD, { cookie: knownDevice });
    expect(fromKnownDevice.status).toBe(200);
    const renewed = deviceCookieOf(fromKnownDevice);
    expect((await login(owner.email, PASSWORD, { cookie: renewed })).status).toBe(200);

    // Exactly one e-mail, however many clients were refused.
    await guessFromEverywhere(owner.email, 10);
    const [alert] = await waitForMail(api, owner.email);
    expect(alert.subject).toMatch(/unknown devices are blocked/);
    expect(alert.text).toMatch(/still log in as usual from the devices and browsers where you logged in before/);
    expect(alert.text).toContain(`${api.config.appUrl}/login`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await waitForMail(api, owner.email)).toHaveLength(1);
  });

  it('keeps the known device to its own limit: it is slowed by its own failures, not by others’', async () => {
    const owner = await fixtures.user();
    const sharedIp = randomClientIp();
    const device = deviceCookieOf(await login(owner.email, PASSWORD, { ip: sharedIp }));
    // Someone behind the same address (an office, a café) guesses until that address is slowed for the account.
    for (let attempt = 0; attempt < 5; attempt++) await login(owner.email, 'wrong', { ip: sharedIp });
    expect((await login(owner.email, PASSWORD, { ip: sharedIp })).status).toBe(429);
    expect((await login(owner.email, PASSWORD, { ip: sharedIp, cookie: device })).status).toBe(200);
    // The device's own failures count for it alone.
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await login(owner.email, 'wrong', { cookie: device })).status).toBe(401);
    }
    expect((await login(owner.email, PASSWORD, { cookie: device })).status).toBe(429);
  });

  it('stops one address guessing many accounts, but not a known device behind that address', async () => {
    const owner = await fixtures.user();
    const ip = randomClientIp();
    const device = deviceCookieOf(await login(owner.email, PASSWORD, { ip }));
    for (let attempt = 0; attempt < 50; attempt++) {
      expect((await login(`spray-${attempt}-${Date.now()}@example.test`, 'x', { ip })).status).toBe(401);
    }
    expect((await login(owner.email, PASSWORD, { ip })).status).toBe(429);
    expect((await login(owner.email, PASSWORD, { ip, cookie: device })).status).toBe(200);
  });

  it('holds the ceiling exactly across two instances and parallel attempts, with one e-mail', async () => {
    const second = await createTestApp({ devMailbox: true });
    try {
      const owner = await fixtures.user();
      const attempts = await Promise.all(
        Array.from({ length: 130 }, (_, i) =>
          (i % 2 ? second : api)
            .http(randomClientIp())
            .post('/api/auth/login')
            .send({ email: owner.email, password: 'wrong guess' }),
        ),
      );
      const statuses = attempts.map((attempt) => attempt.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(100);
      expect(statuses.filter((status) => status === 429)).toHaveLength(30);
      await eventually(async () => {
        const rows: { count: number }[] = await fixtures.dataSource.query(
          `SELECT count(*)::int AS count FROM pgboss.job WHERE data->>'to' = $1`,
          [owner.email],
        );
        expect(rows[0].count).toBe(1);
      });
    } finally {
      await second.close();
    }
  });
});
