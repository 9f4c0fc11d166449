import type { Language } from '@cloudhub/permissions';
import type { RenderedMail, RenewalRequestMailVariables } from '../mail.types';
import { plain, renderMailContent, type MailCopy } from './mail-layout';

const COPY: Readonly<Record<Language, MailCopy<RenewalRequestMailVariables>>> = {
  en: (v) => ({
    subject: `${v.inviteeEmail} asks for a new invitation link`,
    preheader: `The invitation to ${v.companyName} expired before it was used.`,
    heading: 'A new invitation link is wanted',
    blocks: [
      {
        kind: 'paragraph',
        text: `Hello ${plain(v.adminName)}, ${v.inviteeEmail} opened their invitation to ${v.companyName} (customer number ${v.customerNumber}) after it had expired and asks for a new link.`,
      },
      { kind: 'button', label: 'Open the invitation', href: v.invitationsUrl },
      {
        kind: 'small',
        text: 'The invitation is marked in the Invitations table. Resend it there with one click; the new link is valid for another 24 hours. If you do not want to invite this person any more, delete the invitation.',
      },
    ],
    footer: `Sent by CloudHub to the admin who invited ${v.inviteeEmail} to ${v.companyName}.`,
  }),
  de: (v) => ({
    subject: `${v.inviteeEmail} bittet um einen neuen Einladungslink`,
    preheader: `Die Einladung zu ${v.companyName} ist abgelaufen, bevor sie genutzt wurde.`,
    heading: 'Ein neuer Einladungslink wird gewünscht',
    blocks: [
      {
        kind: 'paragraph',
        text: `Hallo ${plain(v.adminName)}, ${v.inviteeEmail} hat die Einladung zu ${v.companyName} (Kundennummer ${v.customerNumber}) nach Ablauf geöffnet und bittet um einen neuen Link.`,
      },
      { kind: 'button', label: 'Einladung öffnen', href: v.invitationsUrl },
      {
        kind: 'small',
        text: 'Die Einladung ist in der Tabelle „Einladungen“ markiert. Senden Sie sie dort mit einem Klick erneut; der neue Link gilt wieder 24 Stunden. Möchten Sie die Person nicht mehr einladen, löschen Sie die Einladung.',
      },
    ],
    footer: `Gesendet von CloudHub an den Admin, der ${v.inviteeEmail} zu ${v.companyName} eingeladen hat.`,
  }),
};

export const renderRenewalRequestMail = (v: RenewalRequestMailVariables, language: Language): RenderedMail =>
  renderMailContent(COPY[language](v), language);
