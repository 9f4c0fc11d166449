import type { Language } from '@cloudhub/permissions';
import type { AccessRequestMailVariables, RenderedMail } from '../mail.types';
import { renderMailContent, type MailCopy } from './mail-layout';

const COPY: Readonly<Record<Language, MailCopy<AccessRequestMailVariables>>> = {
  en: (v) => ({
    subject: `${v.memberName} asks for access to ${v.companyName}`,
    preheader: `${v.memberEmail} has no roles in CloudHub yet.`,
    heading: `${v.memberName} asks for access`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Hello ${v.adminName}, ${v.memberName} (${v.memberEmail}) is a member of ${v.companyName} (customer number ${v.customerNumber}) in CloudHub but has no roles yet, so they see only Home, FAQs, Settings and Feedback.`,
      },
      ...(v.message ? [{ kind: 'facts' as const, rows: [['Their message', v.message] as const] }] : []),
      { kind: 'button', label: 'Give roles', href: v.memberUrl },
      { kind: 'small', text: 'Once you give a role, their portal updates within seconds, without a reload.' },
    ],
    footer: `Sent by CloudHub to the admins of ${v.companyName}.`,
  }),
  de: (v) => ({
    subject: `${v.memberName} bittet um Zugriff auf ${v.companyName}`,
    preheader: `${v.memberEmail} hat in CloudHub noch keine Rollen.`,
    heading: `${v.memberName} bittet um Zugriff`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Hallo ${v.adminName}, ${v.memberName} (${v.memberEmail}) ist Mitglied von ${v.companyName} (Kundennummer ${v.customerNumber}) in CloudHub, hat aber noch keine Rollen und sieht daher nur Start, FAQ, Einstellungen und Feedback.`,
      },
      ...(v.message ? [{ kind: 'facts' as const, rows: [['Nachricht', v.message] as const] }] : []),
      { kind: 'button', label: 'Rollen vergeben', href: v.memberUrl },
      {
        kind: 'small',
        text: 'Sobald Sie eine Rolle vergeben, ändert sich das Portal der Person innerhalb von Sekunden, ohne Neuladen.',
      },
    ],
    footer: `Gesendet von CloudHub an die Admins von ${v.companyName}.`,
  }),
};

export const renderAccessRequestMail = (v: AccessRequestMailVariables, language: Language): RenderedMail =>
  renderMailContent(COPY[language](v), language);
