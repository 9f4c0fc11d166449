import type { Language } from '@cloudhub/permissions';
import type { InvitationMailVariables, RenderedMail } from '../mail.types';
import { formatMailDate } from './format-date';
import { plain, quoted, renderMailContent, type MailCopy } from './mail-layout';

type Copy = (v: InvitationMailVariables, expires: string) => ReturnType<MailCopy<InvitationMailVariables>>;

const COPY: Readonly<Record<Language, Copy>> = {
  en: (v, expires) => ({
    subject: `${plain(v.inviterName)} invited you to ${v.companyName} on CloudHub`,
    preheader: `Join ${v.companyName} (customer number ${v.customerNumber}) on CloudHub. The link works until ${expires}.`,
    heading: `You are invited to ${v.companyName} on CloudHub`,
    blocks: [
      {
        kind: 'paragraph',
        text: `${quoted(v.inviterName, 'en')} (${v.inviterEmail}) invited you to join ${v.companyName} in CloudHub, the customer portal for orders, invoices, devices, documents and reports.`,
      },
      {
        kind: 'facts',
        rows: [
          ['Company', v.companyName],
          ['Customer number', v.customerNumber],
          ['Invited by', `${quoted(v.inviterName, 'en')} (${v.inviterEmail})`],
          ...(v.roleNames.length > 0 ? [['Roles', v.roleNames.map(plain).join(', ')] as const] : []),
          ['Link valid until', expires],
        ],
      },
      { kind: 'button', label: 'Accept invitation', href: v.link },
      {
        kind: 'small',
        text: `The link works once and expires on ${expires}. If it has expired, open it anyway: you can ask ${quoted(v.inviterName, 'en')} for a new one with one click.`,
      },
      {
        kind: 'small',
        text: `Not expecting this? Then you can ignore this e-mail: nobody gets access unless the link is used. If you have questions, write to ${v.inviterEmail}.`,
      },
    ],
    footer: `Sent by CloudHub on behalf of ${v.companyName} (customer number ${v.customerNumber}). You receive this e-mail because ${v.inviterEmail} entered your address.`,
  }),
  de: (v, expires) => ({
    subject: `${plain(v.inviterName)} hat Sie zu ${v.companyName} in CloudHub eingeladen`,
    preheader: `Treten Sie ${v.companyName} (Kundennummer ${v.customerNumber}) in CloudHub bei. Der Link gilt bis ${expires}.`,
    heading: `Einladung zu ${v.companyName} in CloudHub`,
    blocks: [
      {
        kind: 'paragraph',
        text: `${quoted(v.inviterName, 'de')} (${v.inviterEmail}) hat Sie eingeladen, ${v.companyName} in CloudHub beizutreten, dem Kundenportal für Bestellungen, Rechnungen, Geräte, Dokumente und Berichte.`,
      },
      {
        kind: 'facts',
        rows: [
          ['Unternehmen', v.companyName],
          ['Kundennummer', v.customerNumber],
          ['Eingeladen von', `${quoted(v.inviterName, 'de')} (${v.inviterEmail})`],
          ...(v.roleNames.length > 0 ? [['Rollen', v.roleNames.map(plain).join(', ')] as const] : []),
          ['Link gültig bis', expires],
        ],
      },
      { kind: 'button', label: 'Einladung annehmen', href: v.link },
      {
        kind: 'small',
        text: `Der Link funktioniert einmal und läuft am ${expires} ab. Ist er abgelaufen, öffnen Sie ihn trotzdem: Dort können Sie ${quoted(v.inviterName, 'de')} mit einem Klick um einen neuen bitten.`,
      },
      {
        kind: 'small',
        text: `Sie haben diese Einladung nicht erwartet? Dann können Sie diese E-Mail ignorieren: Ohne den Link erhält niemand Zugriff. Bei Fragen schreiben Sie an ${v.inviterEmail}.`,
      },
    ],
    footer: `Gesendet von CloudHub im Auftrag von ${v.companyName} (Kundennummer ${v.customerNumber}). Sie erhalten diese E-Mail, weil ${v.inviterEmail} Ihre Adresse eingegeben hat.`,
  }),
};

export const renderInvitationMail = (variables: InvitationMailVariables, language: Language): RenderedMail =>
  renderMailContent(COPY[language](variables, formatMailDate(variables.expiresAt, language)), language);
