import { Transform } from 'class-transformer';

/**
 * Ids (UUIDs) in their canonical lower-case form before they are validated: PostgreSQL reads `A…` and `a…` as
 * one id, but the checks in code (unique ids, "is it you?", lookups by id) compare text. Anything else passes
 * unchanged, so the field's validators refuse it with their own message.
 */
export const LowerCaseIds = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value === 'string') return value.toLowerCase();
    if (Array.isArray(value))
      return value.map((item: unknown) => (typeof item === 'string' ? item.toLowerCase() : item));
    return value;
  });
