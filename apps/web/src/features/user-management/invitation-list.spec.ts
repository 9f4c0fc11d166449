import { describe, expect, it } from 'vitest';
import { parseInvitationCsv, splitAddresses } from './invitation-list';

describe('splitAddresses', () => {
  it('splits on lines, commas and semicolons, and drops empty parts', () => {
    expect(splitAddresses(' a@example.com\r\nb@example.com, c@example.com;;\n\n d@example.com ;')).toEqual([
      'a@example.com',
      'b@example.com',
      'c@example.com',
      'd@example.com',
    ]);
  });

  it('keeps what was typed, for the API to say why it is not an address', () => {
    expect(splitAddresses('Ann <ann@example.com>\nnot an address')).toEqual([
      'Ann <ann@example.com>',
      'not an address',
    ]);
  });
});

describe('parseInvitationCsv', () => {
  it('reads the header, roles by ; or |, the language, a BOM and empty lines', () => {
    const csv =
      '\uFEFFemail,roles,language\r\nann@example.com,Buyer;Admin,de\r\n\r\nbob@example.com, Buyer | Viewer ,\n';
    expect(parseInvitationCsv(csv)).toEqual({
      ok: true,
      rows: [
        { email: 'ann@example.com', roleNames: ['Buyer', 'Admin'], language: 'de' },
        { email: 'bob@example.com', roleNames: ['Buyer', 'Viewer'] },
      ],
    });
  });

  it('reads quoted fields with commas, quotes and line breaks', () => {
    const csv = 'Email,Roles\n"ann@example.com","Sales, North;""Key"" buyers"\n"b@x.com","Line\nbreak"';
    expect(parseInvitationCsv(csv)).toEqual({
      ok: true,
      rows: [
        { email: 'ann@example.com', roleNames: ['Sales, North', '"Key" buyers'] },
        { email: 'b@x.com', roleNames: ['Line\nbreak'] },
      ],
    });
  });

  it('takes columns in any order and missing trailing fields as empty', () => {
    expect(parseInvitationCsv('language,email\n,ann@example.com\nen')).toEqual({
      ok: true,
      rows: [
        { email: 'ann@example.com', roleNames: [] },
        { email: '', roleNames: [], language: 'en' },
      ],
    });
  });

  it('says what is wrong with a CSV it cannot read', () => {
    expect(parseInvitationCsv('')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(parseInvitationCsv('\uFEFF\n\n')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(parseInvitationCsv('email,roles\n')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(parseInvitationCsv('roles,language\nBuyer,de')).toEqual({ ok: false, problem: { code: 'noEmailColumn' } });
    expect(parseInvitationCsv('ann@example.com,Buyer')).toEqual({
      ok: false,
      problem: { code: 'unknownColumn', column: 'ann@example.com' },
    });
    expect(parseInvitationCsv('email\nann@example.com\n"bob@example.com')).toEqual({
      ok: false,
      problem: { code: 'unclosedQuote', line: 3 },
    });
    expect(parseInvitationCsv('email,roles\nann@example.com,Buyer,de')).toEqual({
      ok: false,
      problem: { code: 'extraFields', line: 2 },
    });
    expect(parseInvitationCsv('email,language\nann@example.com,fr')).toEqual({
      ok: false,
      problem: { code: 'unknownLanguage', line: 2, value: 'fr' },
    });
    expect(parseInvitationCsv(`email\n${'a@example.com\n'.repeat(501)}`)).toEqual({
      ok: false,
      problem: { code: 'tooManyRows', max: 500 },
    });
  });
});
