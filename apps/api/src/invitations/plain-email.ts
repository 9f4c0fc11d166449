import { registerDecorator, type ValidationOptions } from 'class-validator';

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/**
 * One plain mailbox address, `local@domain.tld`: no display names, quoted local parts, comments,
 * lists, IP literals or line breaks, at most 254 characters. Anything else could smuggle a second
 * recipient or a header into the e-mail, or cannot be told apart case-insensitively.
 */
export function isPlainEmail(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL.test(local) && DOMAIN.test(domain);
}

export function IsPlainEmail(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPlainEmail',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be a single e-mail address such as name@example.com', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isPlainEmail(value) },
    });
}
