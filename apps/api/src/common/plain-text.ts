import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { PLAIN_TEXT_CODE, PLAIN_TEXT_MESSAGES, plainTextProblem, type PlainTextKind } from '@cloudhub/plain-text';

/**
 * Text that lands in other people's e-mails: no markup, no URLs or host names, no control or bidi
 * characters, and for a display name no `@` (the rule itself is shared with the SPA, in
 * `@cloudhub/plain-text`). A failure is a field error with the code `noLinksOrMarkup` and a message that
 * says which part is refused. Non-strings are left to `@IsString`.
 */
export function IsPlainText(kind: PlainTextKind, options?: ValidationOptions): PropertyDecorator {
  const problemOf = (value: unknown) => (typeof value === 'string' ? plainTextProblem(value, kind) : undefined);
  return (target, propertyName) =>
    registerDecorator({
      name: PLAIN_TEXT_CODE,
      target: target.constructor,
      propertyName: String(propertyName),
      // The kind travels with the rule, so that the validation pipe can say which part is refused (`params.reason`).
      constraints: [kind],
      options: {
        message: ({ value }: ValidationArguments) => PLAIN_TEXT_MESSAGES[problemOf(value) ?? 'link'],
        ...options,
      },
      validator: { validate: (value: unknown) => problemOf(value) === undefined },
    });
}

/** For the OpenAPI description of such a field. */
export const PLAIN_TEXT_DESCRIPTION: Readonly<Record<PlainTextKind, string>> = {
  name:
    'Plain text, shown quoted in e-mails to others: no `<` `>`, web addresses (`http://`, `www.`, `example.com`), ' +
    '`@`, control or bidi-override characters; 400 field error `noLinksOrMarkup` otherwise.',
  message:
    'Plain text, shown as a quote in the e-mail to the admins: no `<` `>`, web addresses (`http://`, `www.`, ' +
    '`example.com`, so no e-mail addresses either), control characters other than line breaks, or bidi-override ' +
    'characters; 400 field error `noLinksOrMarkup` otherwise.',
};
