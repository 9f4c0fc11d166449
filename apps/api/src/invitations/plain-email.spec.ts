import { isPlainEmail } from './plain-email';

describe('isPlainEmail', () => {
  it.each(['anna@example.com', 'Anna.Berg+cloudhub@sub.example.co.uk', "o'neil@example.ie", 'x@a-b.de'])(
    'accepts %s',
    (address) => expect(isPlainEmail(address)).toBe(true),
  );

  it.each([
    ['a line break', 'anna@example.com\r\nBcc: all@example.com'],
    ['a quoted local part', '"anna smith"@example.com'],
    ['a list', 'anna@example.com, bob@example.com'],
    ['a display name', 'Anna <anna@example.com>'],
    ['no domain dot', 'anna@localhost'],
    ['an IP literal', 'anna@[127.0.0.1]'],
    ['two dots', 'anna..berg@example.com'],
    ['an over-long value', `${'a'.repeat(64)}@${'b'.repeat(190)}.com`],
    ['an over-long local part', `${'a'.repeat(65)}@example.com`],
    ['nothing', ''],
  ])('refuses %s', (_label, address) => expect(isPlainEmail(address)).toBe(false));
});
