import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHmac, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { KeyRing } from '../keys/key-ring';
import { DEVICE_COOKIE, HOST_DEVICE_COOKIE } from './token.constants';

/** A browser keeps being a known device of an account for a year after its last successful login there. */
export const DEVICE_COOKIE_LIFETIME_SECONDS = 365 * 24 * 3600;
const VERSION = 'd1';
/** Keeps these MACs apart from anything else made with the same key (access tokens, sealed values). */
const PURPOSE = 'cloudhub-device-cookie-v1';

/** A device cookie that the key ring vouches for: this browser logged in to this account before. */
export interface KnownDevice {
  readonly userId: string;
  /** Random per browser and account: the client the failed-login counter of a known device is kept under. */
  readonly nonce: string;
}

export function deviceMac(key: KeyObject, payload: string): string {
  return createHmac('sha256', key).update(`${PURPOSE}\n${payload}`).digest('base64url');
}

interface ParsedDeviceCookie extends KnownDevice {
  readonly kid: string;
  readonly issuedAt: number;
  readonly payload: string;
  readonly mac: string;
}

/** `d1.<kid>.<userId>.<issued, unix seconds, base36>.<nonce>.<HMAC-SHA-256 of all before it>`. */
export function parseDeviceCookie(value: string | undefined): ParsedDeviceCookie | undefined {
  const match =
    /^(d1\.([A-Za-z0-9-]{1,64})\.([0-9a-f-]{36})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{22}))\.([A-Za-z0-9_-]{43})$/.exec(
      value ?? '',
    );
  if (!match) return undefined;
  const [, payload, kid, userId, issued, nonce, mac] = match;
  return { payload, kid, userId, issuedAt: parseInt(issued, 36), nonce, mac };
}

/**
 * OWASP's "device cookie" (Slow Down Online Guessing Attacks with Device Cookies): set on a successful login,
 * it lets the owner's own browsers past a lockout that holds for every other client, and gives each of them
 * a failed-login counter of its own. It names the account it was issued for and is valid only for that one;
 * it is signed with the key ring's current key (its kid travels with it), so every instance verifies it and a
 * key rotation leaves it valid until that key is retired.
 */
@Injectable()
export class DeviceCookies {
  constructor(private readonly ring: KeyRing) {}

  /** A new device cookie; with the nonce of a known device, the same device with its year starting again. */
  issue(userId: string, nonce = randomBytes(16).toString('base64url'), now = Date.now()): string {
    const key = this.ring.current();
    const payload = [VERSION, key.kid, userId, Math.floor(now / 1000).toString(36), nonce].join('.');
    return `${payload}.${deviceMac(key.key, payload)}`;
  }

  /** The device the cookie vouches for; undefined when it is missing, forged, too old or its key is retired. */
  async verify(value: string | undefined, now = Date.now()): Promise<KnownDevice | undefined> {
    const parsed = parseDeviceCookie(value);
    if (!parsed) return undefined;
    const age = now / 1000 - parsed.issuedAt;
    if (age < -60 || age > DEVICE_COOKIE_LIFETIME_SECONDS) return undefined;
    const key = await this.ring.find(parsed.kid);
    if (!key) return undefined;
    const expected = Buffer.from(deviceMac(key.key, parsed.payload));
    const presented = Buffer.from(parsed.mac);
    if (expected.length !== presented.length || !timingSafeEqual(expected, presented)) return undefined;
    return { userId: parsed.userId, nonce: parsed.nonce };
  }
}

const deviceCookieName = (secure: boolean) => (secure ? HOST_DEVICE_COOKIE : DEVICE_COOKIE);

/** httpOnly, SameSite=Strict, Path=/; over HTTPS `__Host-` and Secure. Issued again on every login. */
export function setDeviceCookie(response: Response, value: string, secure: boolean): void {
  response.cookie(deviceCookieName(secure), value, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: '/',
    maxAge: DEVICE_COOKIE_LIFETIME_SECONDS * 1000,
  });
}

export function readDeviceCookie(request: Request, secure: boolean): string | undefined {
  const value: unknown = (request.cookies as Record<string, unknown> | undefined)?.[deviceCookieName(secure)];
  return typeof value === 'string' ? value : undefined;
}
