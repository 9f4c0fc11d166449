import { expect, type APIRequestContext } from '@playwright/test';
import type { TestApi } from './api';

/** A password the shared policy accepts (long, unrelated words). */
export const STRONG_PASSWORD = 'violet tractor banana orbit';

interface Mail {
  subject: string;
  text: string | null;
  receivedAt: string;
}

/** The captured e-mails to an address, newest first. */
export async function mailsTo(request: APIRequestContext, address: string): Promise<Mail[]> {
  const response = await request.get('/api/dev/mailbox', { params: { to: address } });
  expect(response.status()).toBe(200);
  return response.json();
}

/** The invitation links in the e-mails to `address` (as paths, `/invite#token=...`), newest first. */
export async function invitationLinks(request: APIRequestContext, address: string): Promise<string[]> {
  return (await mailsTo(request, address))
    .map((mail) => /\/invite#token=[\w-]+/.exec(mail.text ?? '')?.[0])
    .filter((found): found is string => found !== undefined);
}

/**
 * The link of the newest invitation e-mail to `address`, once there are at least `count` of them (a
 * resend sends another).
 */
export async function invitationLink(request: APIRequestContext, address: string, count = 1): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const links = await invitationLinks(request, address);
        link = links[0];
        return links.length;
      },
      { timeout: 20_000, message: `invitation e-mail to ${address}` },
    )
    .toBeGreaterThanOrEqual(count);
  if (!link) throw new Error(`no invitation link to ${address}`);
  return link;
}

export function tokenOf(link: string): string {
  return link.slice(link.indexOf('#token=') + '#token='.length);
}

export interface Invitee {
  email: string;
  name: string;
  password: string;
}

/**
 * A new user who joined `customerNumber` through an invitation, registered through the API (the browser
 * side of that is the journey spec's): invited by the admin with the named roles. The account starts in the
 * invitation's language (German for Acme); it is set to English, which the specs read.
 */
export async function registerInvitee(
  request: APIRequestContext,
  admin: TestApi,
  customerNumber: string,
  { email, name, roles = [] }: { email: string; name: string; roles?: string[] },
): Promise<Invitee> {
  const roleIds = await Promise.all(roles.map((role) => admin.roleId(customerNumber, role)));
  await admin.invite(customerNumber, email, roleIds);
  const token = tokenOf(await invitationLink(request, email));
  const response = await request.post('/api/invitations/register', {
    data: { token, name, password: STRONG_PASSWORD },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { accessToken } = await response.json();
  const english = await request.patch('/api/me', {
    data: { language: 'en' },
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  expect(english.status()).toBe(200);
  return { email, name, password: STRONG_PASSWORD };
}

/** An existing user joins one more customer: invited by the admin, accepted through the API. */
export async function acceptAnotherInvitation(
  request: APIRequestContext,
  admin: TestApi,
  customerNumber: string,
  invitee: Invitee,
): Promise<void> {
  const before = (await invitationLinks(request, invitee.email)).length;
  await admin.invite(customerNumber, invitee.email);
  const token = tokenOf(await invitationLink(request, invitee.email, before + 1));
  const login = await request.post('/api/auth/login', { data: { email: invitee.email, password: invitee.password } });
  expect(login.status()).toBe(200);
  const { accessToken } = await login.json();
  const accepted = await request.post('/api/invitations/accept', {
    data: { token },
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
}
