import { Param } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { UUID_LENGTH } from '@cloudhub/validation-limits';
import type { ProblemError } from './problem';
import { UuidParam } from './uuid-param.pipe';

/** The OpenAPI schema of an id in a path or a query. */
export const UUID_SCHEMA = { type: 'string', format: 'uuid', maxLength: UUID_LENGTH } as const;

/**
 * A `{name}` path id, documented as a UUID; one that is not even a UUID answers the resource's own 404.
 * Use as a parameter decorator: `const RoleId = UuidPathParam('roleId', roleNotFound, 'The role’s id.')`.
 */
export const UuidPathParam =
  (name: string, notFound: () => ProblemError, description: string): ParameterDecorator =>
  (target, key, index) => {
    Param(name, UuidParam(notFound))(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) ApiParam({ name, description, schema: UUID_SCHEMA })(target, key, descriptor);
  };
