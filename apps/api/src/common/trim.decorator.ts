import { Transform } from 'class-transformer';

/**
 * Trims a text field before it is validated (`toLowerCase` also lower-cases it). Anything that is not a
 * string passes unchanged, so the field's validators refuse it with their own message.
 */
export const Trim = ({ toLowerCase = false }: { readonly toLowerCase?: boolean } = {}): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return toLowerCase ? trimmed.toLowerCase() : trimmed;
  });
