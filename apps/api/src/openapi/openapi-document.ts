import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import {
  ACCESS_TOKEN_ALGORITHM,
  HOST_REFRESH_COOKIE,
  REFRESH_COOKIE,
  REFRESH_COOKIE_PATH,
} from '../auth/token.constants';
import { FieldErrorDto, FieldErrorParamsDto, ProblemDto } from '../common/problem.dto';
import { FIELD_ERROR_CODES, PROBLEM_CODES } from './problem-codes';

/** The OpenAPI document, written from the code; the SPA's client is generated from it. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('CloudHub Access API')
    .setDescription(
      'Customer accounts, members, roles and invitations of the CloudHub portal. ' +
        'Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`.',
    )
    .setVersion('1.0.0')
    .setContact('CloudHub support', 'https://cloudhub.example/support', 'support@cloudhub.example')
    .setLicense('Proprietary', 'https://cloudhub.example/terms')
    .addServer('/', 'This server: the origin the app runs on (local, staging or production)')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        `A short-lived access token from login, refresh or registration: a JWS signed with ${ACCESS_TOKEN_ALGORITHM} whose ` +
        'algorithm, issuer, audience and expiry are checked on every request, following RFC8725 ' +
        '(JSON Web Token Best Current Practices).',
    })
    .addCookieAuth(
      REFRESH_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        name: REFRESH_COOKIE,
        description:
          `\`${REFRESH_COOKIE}\` (path \`${REFRESH_COOKIE_PATH}\`) when the app runs on HTTP; ` +
          `\`${HOST_REFRESH_COOKIE}\` (Secure, path \`/\`) when it runs on HTTPS. httpOnly, SameSite=Strict.`,
      },
      'refresh-cookie',
    )
    .addTag('audit', 'The customer’s audit log')
    .addTag('auth', 'Log in, refresh the session, log out')
    .addTag('me', 'The logged-in user')
    .addTag('roles', 'Permission catalogue and roles')
    .addTag('members', 'Members of a customer and their roles')
    .addTag('customers', 'A customer’s own settings')
    .addTag('invitations', 'Inviting people by e-mail')
    .addTag('joining', 'Invited people joining through their link')
    .addTag('areas', 'Demo content of the portal areas')
    .addTag('onboarding', 'FAQs and feedback, open to every member')
    .addTag('health', 'Liveness and readiness')
    .addTag('dev', 'Development helpers')
    .build();
  // Integrators' API, not an internal one (OWASP API9: every server states its audience).
  config.servers = config.servers?.map((server) => ({ ...server, 'x-internal': false }));
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, FieldErrorDto, FieldErrorParamsDto],
    operationIdFactory: (_controller, method) => method,
  });
  return withEveryCode(document);
}

/**
 * `ProblemDto` and `FieldErrorDto` (in `common/`) name the `ProblemCode` and `FieldErrorCode` enums but know
 * only the common codes, as `common/` imports no module; the document lists every module's codes.
 */
function withEveryCode(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  for (const [name, codes] of [
    ['ProblemCode', PROBLEM_CODES],
    ['FieldErrorCode', FIELD_ERROR_CODES],
  ] as const) {
    const schema = schemas[name];
    if (!schema || !('enum' in schema)) throw new Error(`The OpenAPI document has no ${name} enum`);
    schema.enum = [...codes];
  }
  return document;
}

/** Stable JSON: keys sorted, so regenerating gives the same bytes. */
export function serialiseOpenApiDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}
