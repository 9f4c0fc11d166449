import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { plainTextProblem, type PlainTextKind } from '@cloudhub/plain-text';
import { CommonFieldErrorCode } from './common.errors';
import { validationFailed, type FieldError, type FieldErrorCode, type FieldErrorParams } from './problem';

/** The global pipe: unknown properties are refused, and each failure names its field, rule and limits. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
  });
}

/** class-validator's errors as field errors: `code` is the constraint's name, `params` its arguments. */
export function toFieldErrors(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]): FieldError => {
      const code = fieldErrorCode(constraint);
      const params = PARAMS[code]?.(constraintArguments(error, constraint), error.value);
      return { field, code, ...(params ? { params } : {}), message: humanise(message, error) };
    });
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/**
 * The constraint names class-validator reports are the field error codes; `whitelistValidation` (a property
 * the DTO does not have) is called `unknownField`. A test checks that every constraint our DTOs use is a
 * `FieldErrorCode` (`validation.pipe.spec.ts`).
 */
export function fieldErrorCode(constraint: string): FieldErrorCode {
  return (constraint === 'whitelistValidation' ? CommonFieldErrorCode.UnknownField : constraint) as FieldErrorCode;
}

/** The arguments of the decorator behind a failed constraint, e.g. `[60]` for `@MaxLength(60)`. */
function constraintArguments(error: ValidationError, constraint: string): readonly unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((candidate) => candidate.propertyName === error.property && candidate.name === constraint);
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}

const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
const isScalar = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number';
const min = (args: readonly unknown[]) => (number(args[0]) === undefined ? undefined : { min: number(args[0]) });
const max = (args: readonly unknown[]) => (number(args[0]) === undefined ? undefined : { max: number(args[0]) });

/** What a client needs to say a rule in its own words: the limit, the allowed values, the reason. */
const PARAMS: Partial<
  Record<FieldErrorCode, (args: readonly unknown[], value: unknown) => FieldErrorParams | undefined>
> = {
  [CommonFieldErrorCode.MinLength]: min,
  [CommonFieldErrorCode.Min]: min,
  [CommonFieldErrorCode.ArrayMinSize]: min,
  [CommonFieldErrorCode.MaxLength]: max,
  [CommonFieldErrorCode.Max]: max,
  [CommonFieldErrorCode.ArrayMaxSize]: max,
  [CommonFieldErrorCode.IsIn]: (args) => (Array.isArray(args[0]) ? { allowed: args[0].filter(isScalar) } : undefined),
  [CommonFieldErrorCode.IsEnum]: (args) =>
    args[0] && typeof args[0] === 'object' ? { allowed: Object.values(args[0]).filter(isScalar) } : undefined,
  [CommonFieldErrorCode.NoLinksOrMarkup]: (args, value) => {
    const kind = args[0] as PlainTextKind | undefined;
    const reason = kind && typeof value === 'string' ? plainTextProblem(value, kind) : undefined;
    return reason ? { reason } : undefined;
  },
};

/** class-validator's whitelist message names the property oddly ("property x should not exist"). */
function humanise(message: string, error: ValidationError): string {
  return message.startsWith(`property ${error.property} `) ? 'is not a known field' : message;
}
