import type { Language } from '@cloudhub/permissions';

interface FaqEntry {
  readonly id: string;
  readonly question: Readonly<Record<Language, string>>;
  readonly answer: Readonly<Record<Language, string>>;
}

export const FAQ_ENTRIES: readonly FaqEntry[] = [
  {
    id: 'what-is-cloudhub',
    question: { en: 'What is CloudHub?', de: 'Was ist CloudHub?' },
    answer: {
      en: 'CloudHub is the customer portal for your orders, invoices, devices, documents and reports, shared by the colleagues of your company.',
      de: 'CloudHub ist das Kundenportal für Ihre Bestellungen, Rechnungen, Geräte, Dokumente und Berichte, gemeinsam genutzt von den Kolleginnen und Kollegen Ihres Unternehmens.',
    },
  },
  {
    id: 'why-restricted',
    question: { en: 'Why can I see only a few pages?', de: 'Warum sehe ich nur wenige Seiten?' },
    answer: {
      en: 'Which areas you see depends on the roles an admin of your company gave you. Until you have a role, you see Home, FAQs, Settings and Feedback. Ask an admin of your company for access.',
      de: 'Welche Bereiche Sie sehen, hängt von den Rollen ab, die Ihnen ein Admin Ihres Unternehmens gegeben hat. Solange Sie keine Rolle haben, sehen Sie Start, FAQ, Einstellungen und Feedback. Bitten Sie einen Admin Ihres Unternehmens um Zugriff.',
    },
  },
  {
    id: 'several-customers',
    question: {
      en: 'I work for several customer numbers. How do I switch?',
      de: 'Ich arbeite für mehrere Kundennummern. Wie wechsle ich?',
    },
    answer: {
      en: 'Use “Change customer” in the sidebar. It lists every customer number you belong to.',
      de: 'Nutzen Sie „Kunde wechseln“ in der Seitenleiste. Dort stehen alle Kundennummern, zu denen Sie gehören.',
    },
  },
  {
    id: 'language',
    question: { en: 'How do I change the language?', de: 'Wie ändere ich die Sprache?' },
    answer: {
      en: 'Open Settings and pick English or German. The portal and the e-mails we send you follow this setting.',
      de: 'Öffnen Sie die Einstellungen und wählen Sie Deutsch oder Englisch. Das Portal und die E-Mails an Sie folgen dieser Einstellung.',
    },
  },
  {
    id: 'invite-colleagues',
    question: { en: 'How do I invite a colleague?', de: 'Wie lade ich eine Kollegin oder einen Kollegen ein?' },
    answer: {
      en: 'Admins open User Management and choose “Invite user”. The colleague gets an e-mail with a link that is valid for 24 hours.',
      de: 'Admins öffnen die Benutzerverwaltung und wählen „Benutzer einladen“. Die Person erhält eine E-Mail mit einem Link, der 24 Stunden gültig ist.',
    },
  },
  {
    id: 'support',
    question: { en: 'Whom do I contact for help?', de: 'An wen wende ich mich bei Fragen?' },
    answer: {
      en: 'For access and roles, contact an admin of your company. For anything else, use Feedback or write to support@cloudhub.example.',
      de: 'Für Zugriff und Rollen wenden Sie sich an einen Admin Ihres Unternehmens. Für alles andere nutzen Sie Feedback oder schreiben an support@cloudhub.example.',
    },
  },
];
