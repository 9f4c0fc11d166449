import type { Language } from '@cloudhub/permissions';
import type { AccessRequestMailVariables, RenderedMail } from '../mail.types';
import { plain, quoted, renderMailContent, type MailCopy } from './mail-layout';

const COPY: Readonly<Record<Language, MailCopy<AccessRequestMailVariables>>> = {
  en: (v) => ({
    subject: `${plain(v.memberName)} asks for access to ${v.companyName}`,
    preheader: `${v.memberEmail} has no roles in CloudHub yet.`,
    heading: `${quoted(v.memberName, 'en')} asks for access`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Hello ${plain(v.adminName)}, ${quoted(v.memberName, 'en')} (${v.memberEmail}) is a member of ${v.companyName} (customer number ${v.customerNumber}) in CloudHub but has no roles yet, so they see only Home, FAQs, Settings and Feedback.`,
      },
      ...(v.message
        ? [{ kind: 'quote' as const, label: 'Their message, quoted as they typed it', text: v.message }]
        : []),
      { kind: 'button', label: 'Give roles', href: v.memberUrl },
      { kind: 'small', text: 'Once you give a role, their portal updates within seconds, without a reload.' },
    ],
    footer: `Sent by CloudHub to the admins of ${v.companyName}.`,
  }),
  de: (v) => ({
    subject: `${plain(v.memberName)} bittet um Zugriff auf ${v.companyName}`,
    preheader: `${v.memberEmail} hat in CloudHub noch keine Rollen.`,
    heading: `${quoted(v.memberName, 'de')} bittet um Zugriff`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Hallo ${plain(v.adminName)}, ${quoted(v.memberName, 'de')} (${v.memberEmail}) ist Mitglied von ${v.companyName} (Kundennummer ${v.customerNumber}) in CloudHub, hat aber noch keine Rollen und sieht daher nur Start, FAQ, Einstellungen und Feedback.`,
      },
      ...(v.message
        ? [{ kind: 'quote' as const, label: 'Nachricht der Person, wörtlich zitiert', text: v.message }]
        : []),
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
