import { renderMemberLeftMail } from './member-left.template';

const variables = {
  companyName: 'Beta Logistics AG',
  customerNumber: '100043',
  adminName: 'Ada Admin',
  memberName: 'Leo Leaving',
  memberEmail: 'leo@example.com',
  membersUrl: 'https://portal.example.test/c/100043/users',
};

describe('member-left e-mail', () => {
  it('names the member in quotation marks in both parts', () => {
    const english = renderMemberLeftMail(variables, 'en');
    for (const part of [english.html, english.text]) {
      expect(part).toContain('“Leo Leaving” left Beta Logistics AG');
      expect(part).toContain('Hello Ada Admin, “Leo Leaving” (leo@example.com) cancelled');
    }
    expect(renderMemberLeftMail(variables, 'de').text).toContain('„Leo Leaving“ hat Beta Logistics AG verlassen');
  });

  it('escapes markup in the name and lets it create no link', () => {
    const mail = renderMemberLeftMail({ ...variables, memberName: '<a href="//evil.example">Leo</a> & co' }, 'en');
    expect(mail.html).toContain('“&lt;a href=&quot;//evil[.]example&quot;&gt;Leo&lt;/a&gt; &amp; co”');
    expect(mail.html.match(/<a /g)).toHaveLength(1); // the button only
    expect(mail.html).not.toMatch(/evil\.example/);
    expect(mail.text).not.toMatch(/evil\.example/);
  });
});
