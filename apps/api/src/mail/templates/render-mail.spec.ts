import { LANGUAGES } from '@cloudhub/permissions';
import type { OutgoingMail } from '../mail.types';
import { renderMail } from './render-mail';

const HOSTILE = '<script>alert(1)</script>';
const customer = { companyName: `Acme ${HOSTILE}`, customerNumber: '100042' };

const MAILS: Omit<OutgoingMail, 'language' | 'id'>[] = [
  {
    kind: 'invitation',
    to: 'a@example.com',
    variables: {
      ...customer,
      inviterName: HOSTILE,
      inviterEmail: 'x@example.com',
      roleNames: [HOSTILE],
      expiresAt: '2026-11-26T09:00:00Z',
      link: 'https://p.example/invite#token=t',
    },
  },
  {
    kind: 'welcome',
    to: 'a@example.com',
    variables: {
      ...customer,
      name: HOSTILE,
      loginUrl: 'https://p.example/login',
      faqUrl: 'https://p.example/faqs',
      supportEmail: 's@example.com',
    },
  },
  {
    kind: 'renewal-request',
    to: 'a@example.com',
    variables: {
      ...customer,
      adminName: HOSTILE,
      inviteeEmail: 'i@example.com',
      invitationsUrl: 'https://p.example/c/100042/users',
    },
  },
  {
    kind: 'access-request',
    to: 'a@example.com',
    variables: {
      ...customer,
      adminName: 'Ada',
      memberName: HOSTILE,
      memberEmail: 'm@example.com',
      message: HOSTILE,
      memberUrl: 'https://p.example/u',
    },
  },
  {
    kind: 'member-left',
    to: 'a@example.com',
    variables: {
      ...customer,
      adminName: 'Ada',
      memberName: HOSTILE,
      memberEmail: 'm@example.com',
      membersUrl: 'https://p.example/m',
    },
  },
  {
    kind: 'admin-handover',
    to: 'a@example.com',
    variables: {
      ...customer,
      successorName: HOSTILE,
      predecessorName: HOSTILE,
      predecessorEmail: 'p@example.com',
      reason: 'left',
      roleName: HOSTILE,
      membersUrl: 'https://p.example/m',
    },
  },
] as Omit<OutgoingMail, 'language' | 'id'>[];

describe('every e-mail', () => {
  it.each(MAILS.flatMap((mail) => LANGUAGES.map((language) => [mail.kind, language, mail] as const)))(
    '%s in %s names the customer, has both parts and escapes every variable',
    (_kind, language, mail) => {
      const rendered = renderMail({ ...mail, id: 'x', language } as OutgoingMail);
      expect(rendered.subject.length).toBeGreaterThan(5);
      expect(rendered.html).toContain(`<html lang="${language}">`);
      expect(rendered.html).toContain('100042');
      expect(rendered.text).toContain('100042');
      expect(rendered.html).not.toContain(HOSTILE);
      expect(rendered.html).toContain('&lt;script&gt;');
    },
  );
});
