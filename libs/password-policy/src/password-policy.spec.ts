import { checkPassword, PASSWORD_MAX_LENGTH } from './password-policy';

const context = { email: 'anna.berg@acme-devices.example', companyNames: ['Acme Devices GmbH'], name: 'Anna Berg' };

describe('checkPassword', () => {
  it('accepts a long passphrase without any composition rule', () => {
    expect(checkPassword('correct horse battery staple', context)).toEqual({
      acceptable: true,
      problems: [],
      score: 4,
    });
    expect(checkPassword('mein hund heisst bello', context).acceptable).toBe(true);
    expect(checkPassword('ünïcödé pässwörd mit sönderzeichen 🚀', context).acceptable).toBe(true);
  });

  it('wants at least 15 characters, counted as characters, not bytes', () => {
    expect(checkPassword('short but okay', context).problems).toContain('too_short');
    expect(checkPassword('🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀', context).problems).toContain('too_short');
  });

  it('counts the NFKC-normalized password, as the API hashes it', () => {
    // "ﬃ" is one character that normalizes to three: five of them are 15 characters.
    expect(checkPassword('\ufb03'.repeat(5), context).problems).not.toContain('too_short');
    expect(checkPassword('\ufb03'.repeat(4), context).problems).toContain('too_short');
    expect(checkPassword('ｃｌｏｕｄｈｕｂ ｉｓ ｍｙ ｆａｖｏｕｒｉｔｅ', context).problems).toContain(
      'contains_context',
    );
  });

  it('allows long passwords up to the maximum', () => {
    expect(
      checkPassword('a few random words '.repeat(13).slice(0, PASSWORD_MAX_LENGTH), context).problems,
    ).not.toContain('too_long');
    expect(checkPassword('x'.repeat(PASSWORD_MAX_LENGTH + 1), context).problems).toEqual(['too_long']);
  });

  it('refuses passwords from breach lists, in any case', () => {
    expect(checkPassword('123456789987654321', context).problems).toContain('breached');
    expect(checkPassword('1QAZ2WSX3EDC4RFV', context).problems).toContain('breached');
  });

  it('refuses passwords built on the product, the company or the address', () => {
    expect(checkPassword('my cloudhub password 2026', context)).toMatchObject({
      acceptable: false,
      problems: expect.arrayContaining(['contains_context']),
      contextWord: 'cloudhub',
    });
    expect(checkPassword('acme devices rocks forever', context).contextWord).toBe('acme');
    expect(checkPassword('anna.berg is my login name', context).problems).toContain('contains_context');
  });

  it('refuses easily guessed passwords such as repetitions', () => {
    expect(checkPassword('aaaaaaaaaaaaaaaa', context).problems).toContain('easy_to_guess');
    expect(checkPassword('passwordpassword', context).problems).toEqual(['breached']);
    expect(checkPassword('abcdefgabcdefgabcdefg', context).problems).toContain('easy_to_guess');
  });
});
