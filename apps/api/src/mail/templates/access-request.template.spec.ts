import { LANGUAGES } from '@cloudhub/permissions';
import { renderAccessRequestMail } from './access-request.template';

const variables = {
  companyName: 'Beta Logistics AG',
  customerNumber: '100043',
  adminName: 'Ada Admin',
  memberName: 'Rita Restricted',
  memberEmail: 'rita@example.com',
  message: 'I need invoices.\nThanks!',
  memberUrl: 'https://portal.example.test/c/100043/users?user=u1&edit=roles',
};

describe('access-request e-mail', () => {
  it.each(LANGUAGES)('shows the message as a quote in both parts (%s)', (language) => {
    const mail = renderAccessRequestMail(variables, language);
    expect(mail.html).toMatch(/<blockquote[^>]*>I need invoices\.\nThanks!<\/blockquote>/);
    expect(mail.text).toMatch(/:\n> I need invoices\.\n> Thanks!\n/);
  });

  it('names the member in quotation marks, in the words of each language', () => {
    expect(renderAccessRequestMail(variables, 'en').text).toContain(
      'Hello Ada Admin, “Rita Restricted” (rita@example.com) is a member',
    );
    expect(renderAccessRequestMail(variables, 'de').text).toContain(
      'Hallo Ada Admin, „Rita Restricted“ (rita@example.com) ist Mitglied',
    );
    expect(renderAccessRequestMail(variables, 'en').subject).toBe(
      'Rita Restricted asks for access to Beta Logistics AG',
    );
  });

  it('escapes markup in the name and the message: neither can create an element', () => {
    const mail = renderAccessRequestMail(
      {
        ...variables,
        memberName: '<a href="https://evil.example">IT support</a>',
        message: '<img src=x onerror=alert(1)>\n<a href="https://evil.example">reset</a>',
      },
      'en',
    );
    expect(mail.html).toContain('“&lt;a href=&quot;https[:]//evil[.]example&quot;&gt;IT support&lt;/a&gt;”');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).not.toContain('<img');
    expect(mail.html.match(/<a /g)).toHaveLength(1); // the "Give roles" button only
    expect(mail.text).toContain('> <img src=x onerror=alert(1)>');
  });

  it('defangs links and host names that older data may hold, and drops bidi and control characters', () => {
    const mail = renderAccessRequestMail(
      {
        ...variables,
        memberName: 'Anna\u202E moc.live\r\nBcc: x',
        message: 'Confirm at https://evil.example/login or www.evil.example',
      },
      'en',
    );
    for (const part of [mail.subject, mail.html, mail.text]) {
      expect(part).not.toMatch(/[\u202A-\u202E\r]|evil\.example|https:\/\/evil/);
    }
    expect(mail.subject).toBe('Anna moc[.]live Bcc: x asks for access to Beta Logistics AG');
    expect(mail.text).toContain('> Confirm at https[:]//evil[.]example/login or www[.]evil[.]example');
  });

  it.each(LANGUAGES)('links to the member’s role editor, the query intact in both parts (%s)', (language) => {
    const mail = renderAccessRequestMail(variables, language);
    expect(mail.html).toContain('href="https://portal.example.test/c/100043/users?user=u1&amp;edit=roles"');
    expect(mail.text).toContain('https://portal.example.test/c/100043/users?user=u1&edit=roles');
  });

  it('leaves out the quote when there is no message', () => {
    const mail = renderAccessRequestMail({ ...variables, message: null }, 'en');
    expect(mail.html).not.toContain('<blockquote');
    expect(mail.text).not.toContain('> ');
  });
});
