import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * At most `max` characters, counted as Unicode code points. class-validator's own `MaxLength` does not count
 * variation selectors (U+FE0E, U+FE0F) at all, so "a" followed by ten thousand of them passed as one character
 * and reached names, e-mails and keyset cursors. Same constraint name (`maxLength`), so the field error code
 * and its `{ max }` stay as they were.
 */
export function MaxLength(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxLength',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && [...value].length <= max,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be shorter than or equal to $constraint1 characters`,
        ),
      },
    },
    options,
  );
}
