import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { validationFailed, type FieldError } from './problem';

/** The global pipe: unknown properties are refused, and each failure names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({
      field,
      message: humanise(message, error),
      code: code === 'whitelistValidation' ? 'unknownField' : code,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator's whitelist message names the property oddly ("property x should not exist"). */
function humanise(message: string, error: ValidationError): string {
  return message.startsWith(`property ${error.property} `) ? 'is not a known field' : message;
}
