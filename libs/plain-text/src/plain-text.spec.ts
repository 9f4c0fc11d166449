import { neutraliseForMail, plainTextProblem } from './plain-text';

describe('plainTextProblem for a display name', () => {
  it.each([
    'Anna Berg',
    'J. R. Smith',
    "Anne-Marie O'Neil",
    'Jürgen Müller',
    'Dr. Smith',
    'Zoë Åström-Ølsen',
    'Prof. Dr. med. Weiß',
    '李小龍',
    'Nguyễn Văn A',
    'Anna (Sales)',
    'Team 2.0',
  ])('accepts %s', (name) => expect(plainTextProblem(name, 'name')).toBeUndefined());

  it.each([
    ['markup', '<b>Anna</b>', 'markup'],
    ['an angle bracket', 'Anna > Bob', 'markup'],
    ['an https URL', 'Anna https://evil.example', 'link'],
    ['a scheme-relative URL', 'Anna //evil.example', 'hostName'],
    ['www.', 'www.evil', 'link'],
    ['javascript:', 'javascript:alert(1)', 'link'],
    ['data:', 'data:text/html,hi', 'link'],
    ['an upper-case scheme', 'HTTP://EVIL.EXAMPLE', 'link'],
    ['ftp:', 'ftp://files', 'link'],
    ['a bare host name', 'Click evil.example now', 'hostName'],
    ['a host name with a path', 'evil.com/x', 'hostName'],
    ['a dotted abbreviation without a space', 'Dr.Smith', 'hostName'],
    ['an internationalised host name', 'müller.de', 'hostName'],
    ['a punycode top-level domain', 'evil.xn--p1ai', 'hostName'],
    ['a full-width dot', 'evil\uFF0Eexample', 'hostName'],
    ['an ideographic full stop', 'evil\u3002example', 'hostName'],
    ['full-width letters', 'ｅｖｉｌ．ｃｏｍ', 'hostName'],
    ['an @', 'anna@example', 'at'],
    ['an e-mail address', 'anna@example.com', 'hostName'],
    ['a line feed', 'Anna\nBcc: x', 'control'],
    ['a tab', 'Anna\tBerg', 'control'],
    ['a NUL', 'Anna\u0000', 'control'],
    ['a C1 control', 'Anna\u0085', 'control'],
    ['a line separator', 'Anna\u2028Berg', 'control'],
    ['a right-to-left override', 'Anna \u202Emoc.live', 'bidi'],
    ['a left-to-right embedding', '\u202AAnna', 'bidi'],
    ['a first-strong isolate', '\u2068Anna\u2069', 'bidi'],
  ])('refuses %s', (_label, name, problem) => expect(plainTextProblem(name, 'name')).toBe(problem));
});

describe('plainTextProblem for a message', () => {
  it.each([
    'I need to see our invoices for the monthly close.',
    'Hello,\nplease give me the Buyer role.\r\nThanks, Anna',
    'Meeting @ 10, ask @Anna',
    'e.g. invoices, z.B. Rechnungen, i.e. orders, v1.2 of the report',
    'Data: invoices; note: urgent',
    'Tabs\tare fine',
  ])('accepts %j', (message) => expect(plainTextProblem(message, 'message')).toBeUndefined());

  it.each([
    ['markup', 'see <a href="x">here</a>', 'markup'],
    ['a URL', 'see https://evil.example/login', 'link'],
    ['www.', 'see www.evil.example', 'link'],
    ['javascript:', 'javascript:alert(1)', 'link'],
    ['a host name', 'log in at evil.example to confirm', 'hostName'],
    ['an e-mail address', 'write to boss@evil.example', 'hostName'],
    ['a control character', 'hi\u0007', 'control'],
    ['a bidi override', 'hi \u202Etxt.exe', 'bidi'],
  ])('refuses %s', (_label, message, problem) => expect(plainTextProblem(message, 'message')).toBe(problem));
});

describe('neutraliseForMail', () => {
  it('leaves plain text alone', () => {
    for (const value of ['Anna Berg', 'J. R. Smith', "Anne-Marie O'Neil", 'Jürgen Müller', 'e.g. invoices']) {
      expect(neutraliseForMail(value)).toBe(value);
    }
  });

  it('defangs links and host names visibly', () => {
    expect(neutraliseForMail('Click https://evil.example/x now')).toBe('Click https[:]//evil[.]example/x now');
    expect(neutraliseForMail('www.evil.com')).toBe('www[.]evil[.]com');
    expect(neutraliseForMail('javascript:alert(1)')).toBe('javascript[:]alert(1)');
    expect(neutraliseForMail('foo://bar')).toBe('foo[:]//bar');
    expect(neutraliseForMail('a@evil.example')).toBe('a@evil[.]example');
  });

  it('removes bidi controls and turns other controls into spaces', () => {
    expect(neutraliseForMail('Anna\u202E\u2066 Berg\r\nBcc')).toBe('Anna Berg  Bcc');
  });

  it('keeps the lines of a message when asked', () => {
    expect(neutraliseForMail('one\r\ntwo\nthree\rfour', { keepLines: true })).toBe('one\ntwo\nthree\nfour');
  });
});
