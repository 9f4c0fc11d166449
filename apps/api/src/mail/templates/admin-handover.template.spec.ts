import { renderAdminHandoverMail } from './admin-handover.template';

const variables = {
  companyName: 'Beta Logistics AG',
  customerNumber: '100043',
  successorName: 'Sam Successor',
  predecessorName: 'Ada Admin',
  predecessorEmail: 'ada@example.com',
  reason: 'left' as const,
  roleName: 'Administrator',
  membersUrl: 'https://portal.example.test/c/100043/users',
};

describe('admin-handover e-mail', () => {
  it('says who made the successor admin, of which customer, and why, in both parts', () => {
    const english = renderAdminHandoverMail(variables, 'en');
    expect(english.subject).toBe('You are now the administrator of Beta Logistics AG in CloudHub');
    for (const part of [english.html, english.text]) {
      expect(part).toContain(
        'Hello Sam Successor, “Ada Admin” (ada@example.com) made you the administrator of Beta Logistics AG ' +
          '(customer number 100043) in CloudHub when they left.',
      );
      expect(part).toContain('https://portal.example.test/c/100043/users');
    }
    expect(renderAdminHandoverMail({ ...variables, reason: 'gave_up_admin' }, 'en').text).toContain(
      'when they gave up their admin rights',
    );
    const german = renderAdminHandoverMail({ ...variables, reason: 'gave_up_admin' }, 'de');
    expect(german.subject).toBe('Sie sind jetzt Administrator von Beta Logistics AG in CloudHub');
    expect(german.text).toContain(
      '„Ada Admin“ (ada@example.com) hat Sie bei der Abgabe der eigenen Admin-Rechte zum Administrator von ' +
        'Beta Logistics AG (Kundennummer 100043) in CloudHub gemacht.',
    );
    expect(german.text).toContain('Benutzerverwaltung öffnen');
  });

  it('escapes markup in the names and lets them create no link', () => {
    const mail = renderAdminHandoverMail({ ...variables, predecessorName: '<a href="//evil.example">Ada</a>' }, 'en');
    expect(mail.html).toContain('“&lt;a href=&quot;//evil[.]example&quot;&gt;Ada&lt;/a&gt;”');
    expect(mail.html.match(/<a /g)).toHaveLength(1); // the button only
    expect(mail.text).not.toMatch(/evil\.example/);
  });
});
