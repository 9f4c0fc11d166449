import type { Language } from '@cloudhub/permissions';
import type { RenderedMail, WelcomeMailVariables } from '../mail.types';
import { plain, renderMailContent, type MailCopy } from './mail-layout';

const COPY: Readonly<Record<Language, MailCopy<WelcomeMailVariables>>> = {
  en: (v) => ({
    subject: 'Welcome to CloudHub',
    preheader: `Your CloudHub account for ${v.companyName} is ready.`,
    heading: `Welcome to CloudHub, ${plain(v.name)}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Your account is ready, and you are now a member of ${v.companyName} (customer number ${v.customerNumber}). CloudHub is the customer portal where your company sees its orders, invoices, devices, documents and reports.`,
      },
      { kind: 'button', label: 'Open CloudHub', href: v.loginUrl },
      {
        kind: 'facts',
        rows: [
          ['Log in at', v.loginUrl],
          ['Your login', 'this e-mail address and the password you chose'],
          ['Questions', `${v.faqUrl} or ${v.supportEmail}`],
        ],
      },
      {
        kind: 'paragraph',
        text: 'What you see depends on the roles an admin of your company gave you. If a page you need is missing, ask that admin, or use "Request access" in the portal.',
      },
      {
        kind: 'small',
        text: `Did not create this account? Write to ${v.supportEmail} and we will close it.`,
      },
    ],
    footer: `Sent by CloudHub because an account was created for this address through an invitation from ${v.companyName}.`,
  }),
  de: (v) => ({
    subject: 'Willkommen bei CloudHub',
    preheader: `Ihr CloudHub-Konto für ${v.companyName} ist bereit.`,
    heading: `Willkommen bei CloudHub, ${plain(v.name)}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Ihr Konto ist bereit, und Sie sind jetzt Mitglied von ${v.companyName} (Kundennummer ${v.customerNumber}). CloudHub ist das Kundenportal, in dem Ihr Unternehmen Bestellungen, Rechnungen, Geräte, Dokumente und Berichte sieht.`,
      },
      { kind: 'button', label: 'CloudHub öffnen', href: v.loginUrl },
      {
        kind: 'facts',
        rows: [
          ['Anmelden unter', v.loginUrl],
          ['Ihre Anmeldung', 'diese E-Mail-Adresse und das von Ihnen gewählte Passwort'],
          ['Fragen', `${v.faqUrl} oder ${v.supportEmail}`],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Was Sie sehen, hängt von den Rollen ab, die Ihnen ein Admin Ihres Unternehmens gegeben hat. Fehlt Ihnen eine Seite, fragen Sie diesen Admin oder nutzen Sie „Zugriff anfragen“ im Portal.',
      },
      {
        kind: 'small',
        text: `Sie haben dieses Konto nicht angelegt? Schreiben Sie an ${v.supportEmail}, dann schließen wir es.`,
      },
    ],
    footer: `Gesendet von CloudHub, weil für diese Adresse über eine Einladung von ${v.companyName} ein Konto angelegt wurde.`,
  }),
};

export const renderWelcomeMail = (v: WelcomeMailVariables, language: Language): RenderedMail =>
  renderMailContent(COPY[language](v), language);
