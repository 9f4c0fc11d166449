import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  FIELD_ERROR_CODES,
  FIELD_ERROR_CODES_BY_MODULE,
  PROBLEM_CODES,
  PROBLEM_CODES_BY_MODULE,
} from './problem-codes';

const SRC = join(__dirname, '..');

function errorsFiles(folder = SRC): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? errorsFiles(join(folder, entry.name))
      : entry.name.endsWith('.errors.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

/** The code enums a module's errors file exports, by their export name. */
function enumsOf(file: string, suffix: 'ProblemCode' | 'FieldErrorCode'): [string, object][] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(file) as Record<string, unknown>;
  return Object.entries(exports).filter(
    (entry): entry is [string, object] =>
      entry[0].endsWith(suffix) && typeof entry[1] === 'object' && entry[1] !== null,
  );
}

describe('the problem code registry', () => {
  it('lists every code enum that a module’s errors file declares', () => {
    const problemEnums = new Set<object>(Object.values(PROBLEM_CODES_BY_MODULE));
    const fieldEnums = new Set<object>(Object.values(FIELD_ERROR_CODES_BY_MODULE));
    const missing = errorsFiles().flatMap((file) => [
      ...enumsOf(file, 'ProblemCode')
        .filter(([, codes]) => !problemEnums.has(codes))
        .map(([name]) => `${relative(SRC, file)}: ${name}`),
      ...enumsOf(file, 'FieldErrorCode')
        .filter(([, codes]) => !fieldEnums.has(codes))
        .map(([name]) => `${relative(SRC, file)}: ${name}`),
    ]);
    expect(missing).toEqual([]);
  });

  it('gives each problem code to one module only, in snake_case', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    expect(PROBLEM_CODES.filter((code) => !/^[a-z]+(_[a-z]+)*$/.test(code))).toEqual([]);
  });

  it('gives each field error code to one module only', () => {
    expect(new Set(FIELD_ERROR_CODES).size).toBe(FIELD_ERROR_CODES.length);
  });

  it('keeps the codes integrators already branch on', () => {
    expect(PROBLEM_CODES).toEqual(
      expect.arrayContaining([
        'validation_failed',
        'invitation_exists',
        'already_member',
        'invitation_quota_exceeded',
        'recipient_quota_exceeded',
        'last_admin',
        'password_too_weak',
        'invitation_email_mismatch',
        'login_throttled',
        'too_many_requests',
        'not_found',
        'internal_error',
      ]),
    );
    expect(FIELD_ERROR_CODES).toEqual(
      expect.arrayContaining([
        'isNotEmpty',
        'maxLength',
        'unknownField',
        'invalidCursor',
        'taken',
        'member',
        'invited',
      ]),
    );
  });
});
