import type { Language } from '@cloudhub/permissions';
import type { MemberLeftMailVariables, RenderedMail } from '../mail.types';
import { plain, quoted, renderMailContent, type MailCopy } from './mail-layout';

const COPY: Readonly<Record<Language, MailCopy<MemberLeftMailVariables>>> = {
  en: (v) => ({
    subject: `${plain(v.memberName)} left ${v.companyName} in CloudHub`,
    preheader: `${v.memberEmail} cancelled their own access.`,
    heading: `${quoted(v.memberName, 'en')} left ${v.companyName}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Hello ${plain(v.adminName)}, ${quoted(v.memberName, 'en')} (${v.memberEmail}) cancelled their access to ${v.companyName} (customer number ${v.customerNumber}) in CloudHub. Their access ended at once; their account stays for any other customers they belong to.`,
      },
      { kind: 'button', label: 'Open the members', href: v.membersUrl },
      { kind: 'small', text: 'Nothing else to do. If this was a mistake, invite them again.' },
    ],
    footer: `Sent by CloudHub to the admins of ${v.companyName}.`,
  }),
  de: (v) => ({
    subject: `${plain(v.memberName)} hat ${v.companyName} in CloudHub verlassen`,
    preheader: `${v.memberEmail} hat den eigenen Zugriff beendet.`,
    heading: `${quoted(v.memberName, 'de')} hat ${v.companyName} verlassen`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Hallo ${plain(v.adminName)}, ${quoted(v.memberName, 'de')} (${v.memberEmail}) hat den Zugriff auf ${v.companyName} (Kundennummer ${v.customerNumber}) in CloudHub beendet. Der Zugriff endete sofort; das Konto bleibt für andere Kunden der Person bestehen.`,
      },
      { kind: 'button', label: 'Mitglieder öffnen', href: v.membersUrl },
      { kind: 'small', text: 'Sonst ist nichts zu tun. War es ein Versehen, laden Sie die Person erneut ein.' },
    ],
    footer: `Gesendet von CloudHub an die Admins von ${v.companyName}.`,
  }),
};

export const renderMemberLeftMail = (v: MemberLeftMailVariables, language: Language): RenderedMail =>
  renderMailContent(COPY[language](v), language);
