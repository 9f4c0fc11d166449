import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { KeyRing } from '../src/keys/key-ring';
import { SealedBox, UnknownKeyError } from '../src/keys/sealed-box';
import { SigningKeysRepository } from '../src/keys/signing-keys.repository';
import { Fixtures } from './support/fixtures';
import { freePort } from './support/free-port';
import { eventually } from './support/mailbox';
import { createTestApp, type TestApp } from './support/test-app';

const kidOf = (token: string): unknown =>
  (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as { kid?: unknown }).kid;

describe('signing keys in the database (no JWT_SECRET)', () => {
  let first: TestApp;
  let second: TestApp;
  let fixtures: Fixtures;
  let db: DataSource;

  beforeAll(async () => {
    // Two instances started at once on one database, as two machines would be.
    [first, second] = await Promise.all([
      createTestApp({ keysInDatabase: true }),
      createTestApp({ keysInDatabase: true }),
    ]);
    fixtures = new Fixtures(first);
    db = first.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  const me = (app: TestApp, token: string) => app.http().get('/api/me').set('Authorization', `Bearer ${token}`);

  it('both instances use the one key created for them, so a login on one works on the other', async () => {
    const keys: { kid: string }[] = await db.query('SELECT kid FROM signing_keys WHERE retired_at IS NULL');
    expect(keys).toHaveLength(1);
    const user = await fixtures.user();
    const token = await fixtures.login(user.email);
    expect(kidOf(token)).toBe(keys[0].kid);
    await me(second, token).expect(200);
  });

  it('a new key becomes current while tokens and sealed values of the previous one keep working', async () => {
    const user = await fixtures.user();
    const before = await fixtures.login(user.email);
    const sealedBefore = first.app.get(SealedBox).seal('test', 'made with the previous key');

    const kid = await first.app.get(SigningKeysRepository).add();
    await first.app.get(KeyRing).reload();
    const after = await fixtures.login(user.email);

    expect(kidOf(after)).toBe(kid);
    // The second instance has not reloaded yet: an unknown kid makes it look (at most once a second).
    await eventually(async () => expect(await second.app.get(KeyRing).find(kid)).toBeDefined());
    // Passport keeps one 'jwt' strategy per process, so these go through one instance's key ring.
    await me(second, after).expect(200);
    await me(second, before).expect(200);
    await me(first, before).expect(200);
    await expect(second.app.get(SealedBox).open('test', sealedBefore)).resolves.toBe('made with the previous key');
  });

  it('a retired key opens and verifies nothing any more; the current key cannot be retired', async () => {
    const user = await fixtures.user();
    const token = await fixtures.login(user.email);
    const sealed = first.app.get(SealedBox).seal('test', 'secret');
    const repository = first.app.get(SigningKeysRepository);
    const old = kidOf(token) as string;
    expect(await repository.retire(old)).toBe('current');

    await repository.add();
    expect(await repository.retire(old)).toBe('retired');
    await Promise.all([first.app.get(KeyRing).reload(), second.app.get(KeyRing).reload()]);

    await me(second, token).expect(401);
    await expect(second.app.get(SealedBox).open('test', sealed)).rejects.toBeInstanceOf(UnknownKeyError);
  });
});

describe('an e-mail whose key is gone', () => {
  it('is marked failed at once with the reason, not retried', async () => {
    const api = await createTestApp({ keysInDatabase: true, env: { ROLE: 'api' } });
    const fixtures = new Fixtures(api);
    const tenant = await fixtures.tenant();
    const role = await fixtures.role(tenant.id, ['users.manage']);
    const admin = await fixtures.user();
    await fixtures.member(tenant.id, admin.id, [role]);
    const token = await fixtures.login(admin.email);
    const path = `/api/tenants/${tenant.id}/invitations`;
    const { body } = await api
      .http()
      .post(path)
      .set('Authorization', `Bearer ${token}`)
      .send({ email: `sealed-${Date.now()}@example.test`, roleIds: [] })
      .expect(201);
    // The key that sealed the queued e-mail is retired before any worker picked it up.
    const repository = api.app.get(SigningKeysRepository);
    const [{ kid }]: { kid: string }[] = await fixtures.dataSource.query(
      'SELECT kid FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1',
    );
    await repository.add();
    expect(await repository.retire(kid)).toBe('retired');

    const worker = await createTestApp({
      keysInDatabase: true,
      env: { ROLE: 'worker', SMTP_URL: `smtp://127.0.0.1:${await freePort()}`, MAIL_POLL_INTERVAL: '1s' },
    });
    try {
      await api.app.get(KeyRing).reload();
      const newToken = await fixtures.login(admin.email);
      const row = await eventually(async () => {
        const { body: list } = await api.http().get(path).set('Authorization', `Bearer ${newToken}`).expect(200);
        const found = list.items.find((item: { id: string }) => item.id === body.id);
        expect(found.delivery).toBe('failed');
        return found;
      });
      expect(row.deliveryError).toMatch(/could not be opened: sealed with key .* unknown or retired/);
    } finally {
      await worker.close();
      await api.close();
    }
  });
});

describe('a rotation with JWT_SECRET', () => {
  it('accepts what the previous secret made while it is listed in JWT_PREVIOUS_SECRETS', async () => {
    const [previous, next] = ['p'.repeat(40), 'n'.repeat(40)];
    const before = await createTestApp({ env: { JWT_SECRET: previous } });
    const user = await new Fixtures(before).user();
    const token = await new Fixtures(before).login(user.email);
    const sealed = before.app.get(SealedBox).seal('test', 'made before the rotation');
    await before.close();

    // Passport keeps one 'jwt' strategy per process: one app at a time here.
    const during = await createTestApp({ env: { JWT_SECRET: next, JWT_PREVIOUS_SECRETS: previous } });
    await during.http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
    await expect(during.app.get(SealedBox).open('test', sealed)).resolves.toBe('made before the rotation');
    await during.close();

    const after = await createTestApp({ env: { JWT_SECRET: next } });
    await after.http().get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
    await after.close();
  });
});
