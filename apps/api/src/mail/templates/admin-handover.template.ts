import type { Language } from '@cloudhub/permissions';
import type { AdminHandoverMailVariables, RenderedMail } from '../mail.types';
import { plain, quoted, renderMailContent, type MailCopy } from './mail-layout';

const COPY: Readonly<Record<Language, MailCopy<AdminHandoverMailVariables>>> = {
  en: (v) => {
    const when = v.reason === 'left' ? 'when they left' : 'when they gave up their admin rights';
    return {
      subject: `You are now the administrator of ${v.companyName} in CloudHub`,
      preheader: `${plain(v.predecessorName)} handed the administration of ${v.companyName} over to you.`,
      heading: `You are now the administrator of ${v.companyName}`,
      blocks: [
        {
          kind: 'paragraph',
          text: `Hello ${plain(v.successorName)}, ${quoted(v.predecessorName, 'en')} (${v.predecessorEmail}) made you the administrator of ${v.companyName} (customer number ${v.customerNumber}) in CloudHub ${when}. You now have the role ${quoted(v.roleName, 'en')}: you invite users, give them roles and remove them.`,
        },
        { kind: 'button', label: 'Open User Management', href: v.membersUrl },
        {
          kind: 'small',
          text: 'A customer always needs an admin. If you do not want this role, make someone else admin first.',
        },
      ],
      footer: `Sent by CloudHub to the new administrator of ${v.companyName}.`,
    };
  },
  de: (v) => {
    const when = v.reason === 'left' ? 'beim Verlassen des Kunden' : 'bei der Abgabe der eigenen Admin-Rechte';
    return {
      subject: `Sie sind jetzt Administrator von ${v.companyName} in CloudHub`,
      preheader: `${plain(v.predecessorName)} hat Ihnen die Administration von ${v.companyName} übergeben.`,
      heading: `Sie sind jetzt Administrator von ${v.companyName}`,
      blocks: [
        {
          kind: 'paragraph',
          text: `Hallo ${plain(v.successorName)}, ${quoted(v.predecessorName, 'de')} (${v.predecessorEmail}) hat Sie ${when} zum Administrator von ${v.companyName} (Kundennummer ${v.customerNumber}) in CloudHub gemacht. Sie haben jetzt die Rolle ${quoted(v.roleName, 'de')}: Sie laden Benutzer ein, geben ihnen Rollen und entfernen sie.`,
        },
        { kind: 'button', label: 'Benutzerverwaltung öffnen', href: v.membersUrl },
        {
          kind: 'small',
          text: 'Ein Kunde braucht immer einen Admin. Möchten Sie diese Rolle nicht, machen Sie zuerst jemand anderen zum Admin.',
        },
      ],
      footer: `Gesendet von CloudHub an den neuen Administrator von ${v.companyName}.`,
    };
  },
};

export const renderAdminHandoverMail = (v: AdminHandoverMailVariables, language: Language): RenderedMail =>
  renderMailContent(COPY[language](v), language);
