import { TestApi, uniqueEmail } from './support/api';
import { expectAccessible } from './support/accessibility';
import { changeInvitation } from './support/database';
import { ACME, ADMIN, BETA, BUYER } from './support/demo';
import { expect, test } from './support/fixtures';
import { invitationLink, mailsTo, registerInvitee, tokenOf } from './support/joining';
import { logIn } from './support/login';

test('someone logged in as another address is told so, and logs out to go on as the invitee', async ({
  page,
  request,
}) => {
  const admin = await TestApi.logIn(request);
  const email = uniqueEmail('mismatch');
  await admin.invite(ACME.number, email);
  const link = await invitationLink(request, email);

  await logIn(page, BUYER);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This invitation is for another address' })).toBeVisible();
  await expect(page.getByText(`This invitation is for ${email}; you are logged in as ${BUYER}.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept invitation' })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Log out and continue' }).click();
  await expect(page).toHaveURL(/\/invite$/);
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toHaveValue(email);
  // Nothing was accepted into the buyer's account: the link still works.
  const preview = await request.post('/api/invitations/preview', { data: { token: tokenOf(link) } });
  expect((await preview.json()).status).toBe('pending');
});

test('an invitee with an account logs in on the page and lands in the customer', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const invitee = await registerInvitee(request, admin, ACME.number, {
    email: uniqueEmail('second-customer'),
    name: 'Sam Second',
  });
  await admin.invite(BETA.number, invitee.email, [await admin.roleId(BETA.number, 'Technician')]);
  await page.goto(await invitationLink(request, invitee.email, 2));

  await expect(page.getByRole('heading', { level: 1, name: `Join ${BETA.name} on CloudHub` })).toBeVisible();
  const summary = page.getByRole('region', { name: BETA.name });
  await expect(summary.getByRole('list', { name: 'Your roles' }).getByRole('listitem')).toHaveText(['Technician']);
  await expect(summary).toContainText('Devices');
  await expect(summary).toContainText('View the devices registered to your company and their state.');
  await expect(summary).toContainText('Documents');
  await expect(summary).not.toContainText('Orders');
  await expect(page.getByRole('heading', { name: 'Log in to accept' })).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toHaveValue(invitee.email);
  await expectAccessible(page);

  await page.getByLabel('Password', { exact: true }).fill(invitee.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(`/c/${BETA.number}`);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText(BETA.name)).toBeVisible();
  await page.getByRole('dialog', { name: 'Welcome tour' }).getByRole('button', { name: 'Skip tour' }).click();

  // The link is used up now.
  await page.goto(await invitationLink(request, invitee.email, 2));
  await expect(page.getByRole('heading', { level: 1, name: 'This invitation has already been used' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open CloudHub' })).toBeVisible();
});

test('an expired link says so, names who invited, and asks them for a new one', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const email = uniqueEmail('expired');
  const invitation = await admin.invite(ACME.number, email);
  const link = await invitationLink(request, email);
  await changeInvitation(invitation.id, { expired: true });

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'This invitation has expired' })).toBeVisible();
  await expect(
    page.getByText(`The invitation to ${ACME.name} (customer number ${ACME.number}) was valid until`),
  ).toBeVisible();
  await expect(page.getByText('Invited by Alex Admin (admin@example.com).')).toBeVisible();
  await expectAccessible(page);

  const before = (await mailsTo(request, ADMIN)).length;
  await page.getByRole('button', { name: 'Ask for a new link' }).click();
  await expect(page.getByRole('status')).toContainText(
    `We have e-mailed Alex Admin. The new link will come by e-mail to ${email}.`,
  );
  await expect.poll(async () => (await mailsTo(request, ADMIN)).length, { timeout: 15_000 }).toBeGreaterThan(before);
  expect((await admin.invitations(ACME.number, email))[0]).toMatchObject({ status: 'expired' });
  await expectAccessible(page);

  await page.reload();
  await page.getByRole('button', { name: 'Ask for a new link' }).click();
  await expect(page.getByRole('status')).toContainText('A new link was asked for a short while ago');
});

test('withdrawn, replaced and unknown links each say which, and whom to ask', async ({ page, request }) => {
  const admin = await TestApi.logIn(request);
  const withdrawn = uniqueEmail('withdrawn');
  const deleted = await admin.invite(ACME.number, withdrawn);
  const withdrawnLink = await invitationLink(request, withdrawn);
  await admin.deleteInvitation(ACME.number, deleted.id);
  await page.goto(withdrawnLink);
  await expect(page.getByRole('heading', { level: 1, name: 'This invitation was withdrawn' })).toBeVisible();
  await expect(page.getByText(`An admin of ${ACME.name} has deleted this invitation`)).toBeVisible();
  await expect(page.getByText('If you need a new invitation, ask Alex Admin (admin@example.com).')).toBeVisible();
  await expectAccessible(page);

  const resent = uniqueEmail('resent');
  const invitation = await admin.invite(BETA.number, resent);
  const firstLink = await invitationLink(request, resent);
  expect(await admin.resend(BETA.number, invitation.id)).toBe(200);
  await invitationLink(request, resent, 2);
  await page.goto(firstLink);
  await expect(page.getByRole('heading', { level: 1, name: 'A newer link was sent' })).toBeVisible();
  await expect(page.getByText('Use the link in the newest e-mail from CloudHub.')).toBeVisible();

  await page.goto('/invite#token=not-a-real-token');
  await expect(page.getByRole('heading', { level: 1, name: 'This invitation link is not valid' })).toBeVisible();
  await expect(page).toHaveURL(/\/invite$/);
  await expectAccessible(page);
});
