import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
  getMetadataStorage,
  validateSync,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PLAIN_TEXT_MESSAGES } from '@cloudhub/plain-text';
import { FIELD_ERROR_CODES } from '../openapi/problem-codes';
import { FIELD_ERROR_REASONS } from './common.errors';
import { IsPlainText } from './plain-text';
import { fieldErrorCode, toFieldErrors } from './validation.pipe';

class Inner {
  @IsString()
  @MaxLength(5)
  label!: string;
}

class Sample {
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(60, { message: 'must be at most 60 characters' })
  @IsPlainText('name')
  name!: string;

  @IsIn(['en', 'de'], { message: 'must be one of en, de' })
  language!: string;

  @Min(1)
  limit!: number;

  @IsString({ each: true })
  @ArrayMaxSize(2)
  tags!: string[];

  @ValidateNested()
  @Type(() => Inner)
  inner!: Inner;
}

const errorsOf = (body: object) =>
  toFieldErrors(validateSync(plainToInstance(Sample, body), { whitelist: true, forbidNonWhitelisted: true }));

describe('the validation pipe’s field errors', () => {
  const valid = { name: 'Anna', language: 'en', limit: 1, tags: [], inner: { label: 'x' } };

  it('carry the rule’s code and its limits as params, beside the English message', () => {
    expect(errorsOf({ ...valid, name: 'x'.repeat(61), language: 'fr', limit: 0, tags: ['a', 'b', 'c'] })).toEqual([
      { field: 'name', code: 'maxLength', params: { max: 60 }, message: 'must be at most 60 characters' },
      { field: 'language', code: 'isIn', params: { allowed: ['en', 'de'] }, message: 'must be one of en, de' },
      { field: 'limit', code: 'min', params: { min: 1 }, message: expect.any(String) },
      { field: 'tags', code: 'arrayMaxSize', params: { max: 2 }, message: expect.any(String) },
    ]);
    expect(errorsOf({ ...valid, name: '' })).toContainEqual({
      field: 'name',
      code: 'minLength',
      params: { min: 1 },
      message: 'must not be empty',
    });
  });

  it('say why plain text is refused', () => {
    expect(errorsOf({ ...valid, name: 'Anna www.evil.example' })).toEqual([
      expect.objectContaining({ field: 'name', code: 'noLinksOrMarkup', params: { reason: 'link' } }),
    ]);
    expect(errorsOf({ ...valid, name: 'anna@example' })).toEqual([
      expect.objectContaining({ field: 'name', code: 'noLinksOrMarkup', params: { reason: 'at' } }),
    ]);
  });

  it('list every plain-text reason among the reasons the OpenAPI document names', () => {
    expect(FIELD_ERROR_REASONS).toEqual(expect.arrayContaining(Object.keys(PLAIN_TEXT_MESSAGES)));
  });

  it('name nested fields by their path, and unknown fields as unknownField without params', () => {
    expect(errorsOf({ ...valid, inner: { label: 'too long' }, admin: true })).toEqual([
      { field: 'admin', code: 'unknownField', message: 'is not a known field' },
      expect.objectContaining({ field: 'inner.label', code: 'maxLength', params: { max: 5 } }),
    ]);
  });
});

/** Every DTO of the API, loaded so that its decorators register their rules. */
function loadDtos(folder = join(__dirname, '..')): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) loadDtos(path);
    else if (/\.dto\.ts$/.test(entry.name)) require(path); // eslint-disable-line @typescript-eslint/no-require-imports
  }
}

describe('FieldErrorCode', () => {
  it('holds every rule a DTO of the API uses, so that no field error leaves with a code outside the enum', () => {
    loadDtos();
    type Metadata = { type: string; name?: string; constraintCls?: new () => unknown };
    // class-validator keeps every class's rules in one private map; reading it finds the rules of every DTO.
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, Metadata[]> };
    const constraintName = (metadata: Metadata) =>
      metadata.type === 'customValidation'
        ? (metadata.name ??
          (metadata.constraintCls &&
            getMetadataStorage().getTargetValidatorConstraints(metadata.constraintCls)[0]?.name))
        : metadata.type;
    const used = new Set<string>(['whitelistValidation']);
    for (const metadatas of storage.validationMetadatas.values()) {
      for (const metadata of metadatas) {
        if (metadata.type === 'conditionalValidation' || metadata.type === 'whitelistValidation') continue;
        used.add(String(constraintName(metadata)));
      }
    }
    expect(used.size).toBeGreaterThan(10);
    const known = new Set<string>(FIELD_ERROR_CODES);
    expect([...used].map(fieldErrorCode).filter((code) => !known.has(code))).toEqual([]);
  });
});
