import { renderInvitationMail } from './invitation.template';

const variables = {
  companyName: 'Acme Devices GmbH',
  customerNumber: '100042',
  inviterName: 'Alex Admin',
  inviterEmail: 'admin@example.com',
  roleNames: ['Buyer'],
  expiresAt: '2026-11-26T09:15:00.000Z',
  link: 'http://localhost:3000/invite#token=abc',
};

describe('invitation e-mail', () => {
  it('makes sender and purpose unmistakable, in English', () => {
    const mail = renderInvitationMail(variables, 'en');
    expect(mail.subject).toBe('Alex Admin invited you to Acme Devices GmbH on CloudHub');
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain('Acme Devices GmbH');
      expect(part).toContain('100042');
      expect(part).toContain('admin@example.com');
      expect(part).toContain('CloudHub');
      expect(part).toContain('26 November 2026 at 09:15 UTC');
      expect(part).toContain('ignore this e-mail');
    }
    expect(mail.html).toContain('href="http://localhost:3000/invite#token=abc"');
    expect(mail.text).toContain('http://localhost:3000/invite#token=abc');
  });

  it('speaks German', () => {
    const mail = renderInvitationMail(variables, 'de');
    expect(mail.subject).toBe('Alex Admin hat Sie zu Acme Devices GmbH in CloudHub eingeladen');
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.text).toContain('26. November 2026 um 10:15 MEZ');
    expect(mail.text).toContain('Einladung annehmen');
  });

  it('escapes every variable in the HTML part', () => {
    const hostile = renderInvitationMail(
      { ...variables, inviterName: '<a href="https://evil.example">Click</a>', companyName: 'Tom & Jerry "Ltd"' },
      'en',
    );
    expect(hostile.html).not.toMatch(/<a href="[^"]*evil/);
    expect(hostile.html).toContain('&lt;a href=&quot;https[:]//evil[.]example&quot;&gt;Click&lt;/a&gt;');
    expect(hostile.html).toContain('Tom &amp; Jerry &quot;Ltd&quot;');
    expect(hostile.text).toContain('<a href="https[:]//evil[.]example">Click</a>'); // plain text shows it as text
  });

  it("quotes the inviter's name and lets no name, role or address in it become a link", () => {
    const mail = renderInvitationMail(
      { ...variables, inviterName: 'Log in at evil.example', roleNames: ['Buyer', 'see www.evil.example'] },
      'en',
    );
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain('“Log in at evil[.]example” (admin@example.com) invited you');
      expect(part).toContain('see www[.]evil[.]example');
      expect(part).not.toMatch(/evil\.example/);
    }
    expect(mail.html.match(/<a /g)).toHaveLength(1); // the button only
    expect(renderInvitationMail(variables, 'de').text).toContain('„Alex Admin“ (admin@example.com) hat Sie eingeladen');
  });
});
