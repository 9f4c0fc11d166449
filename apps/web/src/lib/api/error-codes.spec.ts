import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@cloudhub/api-client';
import type { ParseKeys, TFunction } from 'i18next';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import { testT } from '../../test-support/i18n';
import { ApiError, type FieldErrorCode, type ProblemCode } from './api-error';
import { errorMessage, fieldMessage } from './error-message';

/** The codes as the API's committed OpenAPI document lists them, not as this app believes them to be. */
const openapi = JSON.parse(
  readFileSync(new URL('../../../../../libs/api-client/openapi.json', import.meta.url), 'utf8'),
) as { components: { schemas: Record<'ProblemCode' | 'FieldErrorCode' | 'FieldErrorReason', { enum: string[] }> } };
const schemas = openapi.components.schemas;
const PROBLEM_CODES = schemas.ProblemCode.enum as ProblemCode[];
const FIELD_ERROR_CODES = schemas.FieldErrorCode.enum as FieldErrorCode[];
const REASONS = schemas.FieldErrorReason.enum as NonNullable<Schemas['FieldErrorParamsDto']['reason']>[];
const CATALOGUES = { en, de } as const;

/** Whether a catalogue holds a key, directly or as the plural forms i18next picks by `count`. */
function holds(catalogue: object, key: string): boolean {
  const lookup = (path: string) =>
    path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
  return typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string';
}

/** A `t` that says every key it is asked for. */
function recording(language: 'en' | 'de'): { t: TFunction; keys: Set<string> } {
  const real = testT(language);
  const keys = new Set<string>();
  const t = ((key: ParseKeys, options?: object) => {
    keys.add(key);
    return real(key, options as never);
  }) as TFunction;
  return { t, keys };
}

const problem = (code: ProblemCode, extra: Record<string, unknown> = {}) => ({
  type: 'https://cloudhub.example/problems/x',
  title: 'Title',
  status: 400,
  detail: `the server's own words about ${code}`,
  code,
  ...extra,
});

describe('every problem code of the OpenAPI document', () => {
  it('is read from the document', () => {
    expect(PROBLEM_CODES.length).toBeGreaterThan(30);
    expect(PROBLEM_CODES).toContain('invitation_quota_exceeded');
  });

  it.each(['en', 'de'] as const)('has its own message in %s, never the server’s English detail', (language) => {
    const { t, keys } = recording(language);
    const missing: string[] = [];
    for (const code of PROBLEM_CODES) {
      const variants = [
        new ApiError(400, problem(code), undefined),
        new ApiError(429, problem(code, { limit: 50, resetsAt: '2026-12-01T13:23:00Z' }), 90),
        new ApiError(429, problem(code, { limit: 50 }), undefined),
      ];
      for (const error of variants) {
        keys.clear();
        const message = errorMessage(error, t, language);
        if (message === error.problem?.detail || keys.size === 0) missing.push(`${code}: no message`);
        for (const key of keys) if (!holds(CATALOGUES[language], key)) missing.push(`${code}: ${key}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});

describe('every field error code of the OpenAPI document', () => {
  it('is read from the document', () => {
    expect(FIELD_ERROR_CODES).toEqual(expect.arrayContaining(['maxLength', 'unknownField', 'taken', 'too_short']));
  });

  it.each(['en', 'de'] as const)('has its own message in %s, built from its params', (language) => {
    const { t, keys } = recording(language);
    const missing: string[] = [];
    const paramVariants: Schemas['FieldErrorParamsDto'][] = [
      {},
      { min: 3, max: 60, allowed: ['en', 'de'], row: 2, limit: 50, names: ['Owner'] },
      ...REASONS.map((reason) => ({ reason })),
    ];
    for (const code of FIELD_ERROR_CODES) {
      for (const params of paramVariants) {
        keys.clear();
        const error = { field: 'name', code, params, message: `the server's own words about ${code}` };
        const message = fieldMessage(error, t);
        if (message === error.message || keys.size === 0) missing.push(`${code}: no message`);
        for (const key of keys) if (!holds(CATALOGUES[language], key)) missing.push(`${code}: ${key}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
