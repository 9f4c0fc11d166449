import { createSecretKey } from 'node:crypto';
import type { KeyRing, SigningKey } from '../keys/key-ring';
import { DEVICE_COOKIE_LIFETIME_SECONDS, DeviceCookies, parseDeviceCookie } from './device-cookie';

const key = (kid: string, secret: string): SigningKey => ({ kid, secret, key: createSecretKey(Buffer.from(secret)) });
const OLD = key('kold', 'o'.repeat(48));
const NEW = key('knew', 'n'.repeat(48));

/** A key ring that signs with `current` and still knows `others` (a rotation in progress). */
function ring(current: SigningKey, ...others: SigningKey[]): KeyRing {
  const all = [current, ...others];
  return {
    current: () => current,
    find: (kid: string | undefined) => Promise.resolve(all.find((candidate) => candidate.kid === kid)),
  } as unknown as KeyRing;
}

const ANNA = '11111111-1111-4111-8111-111111111111';
const BEN = '22222222-2222-4222-8222-222222222222';

describe('DeviceCookies', () => {
  const cookies = new DeviceCookies(ring(NEW));

  it('vouches for the account it was issued for, with a random nonce per browser', async () => {
    const value = cookies.issue(ANNA);
    expect(value).toMatch(/^d1\.knew\./);
    const device = await cookies.verify(value);
    expect(device).toEqual({ userId: ANNA, nonce: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
    expect((await cookies.verify(cookies.issue(ANNA)))?.nonce).not.toBe(device?.nonce);
  });

  it('keeps the nonce when issued again for a known device', async () => {
    const first = await cookies.verify(cookies.issue(ANNA));
    const again = await cookies.verify(cookies.issue(ANNA, first!.nonce));
    expect(again).toEqual(first);
  });

  it('refuses a cookie whose account, nonce or MAC was changed, and garbage', async () => {
    const value = cookies.issue(ANNA);
    const parsed = parseDeviceCookie(value)!;
    await expect(cookies.verify(value.replace(ANNA, BEN))).resolves.toBeUndefined();
    await expect(cookies.verify(value.replace(parsed.nonce, 'A'.repeat(22)))).resolves.toBeUndefined();
    await expect(cookies.verify(value.replace(parsed.mac, 'A'.repeat(43)))).resolves.toBeUndefined();
    for (const garbage of [undefined, '', 'x', `${value}x`, value.replace('d1.', 'd2.')]) {
      await expect(cookies.verify(garbage)).resolves.toBeUndefined();
    }
  });

  it('refuses a cookie signed with a key the ring does not hold', async () => {
    const forged = new DeviceCookies(ring(key('knew', 'f'.repeat(48)))).issue(ANNA);
    await expect(cookies.verify(forged)).resolves.toBeUndefined();
  });

  it('still vouches for a cookie of the previous key during a rotation, not after its retirement', async () => {
    const before = new DeviceCookies(ring(OLD)).issue(ANNA);
    await expect(new DeviceCookies(ring(NEW, OLD)).verify(before)).resolves.toMatchObject({ userId: ANNA });
    await expect(new DeviceCookies(ring(NEW)).verify(before)).resolves.toBeUndefined();
  });

  it('expires a year after it was issued', async () => {
    const issuedAt = Date.UTC(2026, 0, 1);
    const value = cookies.issue(ANNA, undefined, issuedAt);
    await expect(cookies.verify(value, issuedAt + 1000)).resolves.toBeDefined();
    await expect(
      cookies.verify(value, issuedAt + (DEVICE_COOKIE_LIFETIME_SECONDS + 1) * 1000),
    ).resolves.toBeUndefined();
  });
});
