import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsPlainText } from './plain-text';

class NameDto {
  @IsPlainText('name')
  name!: unknown;
}

class MessageDto {
  @IsPlainText('message')
  message!: unknown;
}

const errorsOf = (dto: object) =>
  validateSync(dto).flatMap((error) =>
    Object.entries(error.constraints ?? {}).map(([code, message]) => ({ code, message })),
  );

describe('IsPlainText', () => {
  it.each(['J. R. Smith', "Anne-Marie O'Neil", 'Jürgen Müller', 'Dr. Smith'])('accepts the name %s', (name) =>
    expect(errorsOf(plainToInstance(NameDto, { name }))).toEqual([]),
  );

  it.each([
    ['markup', '<a href="x">Anna</a>', /must not contain < or >/],
    ['a URL', 'Anna https://evil.example', /web address or link/],
    ['a host name, with the hint for abbreviations', 'Dr.Smith', /space after the dot/],
    ['an @', 'anna@example', /must not contain @/],
    ['a bidi override', '\u202Emoc.live', /writing direction/],
    ['a control character', 'Anna\r\nBcc: x', /control characters/],
  ])('refuses %s in a name with the code noLinksOrMarkup', (_label, name, message) =>
    expect(errorsOf(plainToInstance(NameDto, { name }))).toEqual([
      { code: 'noLinksOrMarkup', message: expect.stringMatching(message) },
    ]),
  );

  it('allows an @ and line breaks in a message but not a link', () => {
    expect(errorsOf(plainToInstance(MessageDto, { message: 'Hi @Anna,\nplease add me.' }))).toEqual([]);
    expect(errorsOf(plainToInstance(MessageDto, { message: 'see www.evil.example' }))).toEqual([
      { code: 'noLinksOrMarkup', message: expect.stringMatching(/web address/) },
    ]);
  });

  it('leaves values that are not text to @IsString', () => {
    expect(errorsOf(plainToInstance(NameDto, { name: 42 }))).toEqual([]);
  });
});
