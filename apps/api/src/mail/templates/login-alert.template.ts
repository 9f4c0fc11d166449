import type { Language } from '@cloudhub/permissions';
import type { LoginAlertMailVariables, RenderedMail } from '../mail.types';
import { plain, renderMailContent, type MailCopy } from './mail-layout';

/**
 * Says what happened and what still works, asks nothing urgent, and links only to the app's login page:
 * an alert that pushes people to click is what phishing imitates.
 */
const COPY: Readonly<Record<Language, MailCopy<LoginAlertMailVariables>>> = {
  en: (v) => ({
    subject: 'CloudHub: logins to your account from unknown devices are blocked for now',
    preheader: 'Many wrong passwords were tried for your account. Your own devices still get in.',
    heading: 'Logins from unknown devices are blocked for now',
    blocks: [
      {
        kind: 'paragraph',
        text: `Hello ${plain(v.name)}, someone tried many wrong passwords for your CloudHub account ${v.email}. To protect it, CloudHub blocks logins to it from devices it does not know for a while.`,
      },
      {
        kind: 'paragraph',
        text: 'You can still log in as usual from the devices and browsers where you logged in before. If you tried these passwords yourself, nothing else is needed.',
      },
      {
        kind: 'paragraph',
        text: 'If it was not you, change your password after your next login from one of your devices, and choose one that you use nowhere else.',
      },
      { kind: 'button', label: 'Open CloudHub', href: v.loginUrl },
      {
        kind: 'small',
        text: 'CloudHub never asks for your password by e-mail. Type the address of CloudHub yourself if you are unsure about a link.',
      },
    ],
    footer: `Sent by CloudHub to ${v.email} because of failed logins to this account.`,
  }),
  de: (v) => ({
    subject: 'CloudHub: Anmeldungen von unbekannten Geräten vorübergehend gesperrt',
    preheader: 'Für Ihr Konto wurden viele falsche Passwörter versucht. Ihre eigenen Geräte kommen weiter hinein.',
    heading: 'Anmeldungen von unbekannten Geräten vorübergehend gesperrt',
    blocks: [
      {
        kind: 'paragraph',
        text: `Hallo ${plain(v.name)}, für Ihr CloudHub-Konto ${v.email} wurden viele falsche Passwörter versucht. Zum Schutz sperrt CloudHub Anmeldungen von Geräten, die es nicht kennt, für eine Weile.`,
      },
      {
        kind: 'paragraph',
        text: 'Von den Geräten und Browsern, auf denen Sie sich schon angemeldet haben, melden Sie sich weiter wie gewohnt an. Haben Sie die Passwörter selbst versucht, ist nichts weiter zu tun.',
      },
      {
        kind: 'paragraph',
        text: 'Waren Sie es nicht, ändern Sie Ihr Passwort nach der nächsten Anmeldung auf einem Ihrer Geräte, und wählen Sie eines, das Sie sonst nirgends verwenden.',
      },
      { kind: 'button', label: 'CloudHub öffnen', href: v.loginUrl },
      {
        kind: 'small',
        text: 'CloudHub fragt nie per E-Mail nach Ihrem Passwort. Geben Sie die Adresse von CloudHub selbst ein, wenn Sie einem Link nicht trauen.',
      },
    ],
    footer: `Gesendet von CloudHub an ${v.email} wegen fehlgeschlagener Anmeldungen bei diesem Konto.`,
  }),
};

export const renderLoginAlertMail = (v: LoginAlertMailVariables, language: Language): RenderedMail =>
  renderMailContent(COPY[language](v), language);
