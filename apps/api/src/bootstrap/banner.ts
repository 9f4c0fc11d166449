import { redact, type RuntimeConfig } from '../config/app-config';
import type { SeedOutcome } from '../seed/demo-seeder';

const SETUP_HINT =
  '    npm run setup -- --customer-number 100042 --company "Acme Devices GmbH" --language de --admin-email you@acme.example';

const ROLES: Record<RuntimeConfig['role'], string> = {
  all: 'all (HTTP API, e-mail worker, housekeeping)',
  api: 'api (HTTP only; e-mails are sent by ROLE=worker processes)',
  worker: 'worker (e-mails and housekeeping, no HTTP)',
};

/** The one start-up banner: where everything is, and what a second instance needs to join. */
export function banner(config: RuntimeConfig, seed: SeedOutcome, embeddedDatabase: boolean): string {
  // The embedded cluster's password is the well-known development one; a configured one stays hidden.
  const joinUrl = embeddedDatabase ? config.databaseUrl : redact(config.databaseUrl);
  const lines = [
    '',
    '  CloudHub Access is running',
    `  Role:         ${ROLES[config.role]}`,
    ...(config.role === 'worker'
      ? ['  HTTP:         off']
      : [`  App:          ${config.appUrl}/`, `  Swagger UI:   ${config.appUrl}/api/docs`]),
    config.devMailbox
      ? `  Dev mailbox:  ${config.appUrl}/dev/mailbox`
      : '  Dev mailbox:  off (a real mail server is configured)',
    `  DATABASE_URL=${redact(config.databaseUrl)}`,
    `  SMTP_URL=${redact(config.smtpUrl)}`,
    `  A second instance joins with: DATABASE_URL=${joinUrl} SMTP_URL=${config.smtpUrl} PORT=<another port> npm start`,
  ];
  if (!config.demoSeed) {
    lines.push('', '  No demo world (NODE_ENV=production or DEMO_SEED=false). First customer and admin:', SETUP_HINT);
  }
  if (seed.created) {
    lines.push(
      '',
      '  Demo world created. Log in as:',
      `    ${seed.created.email}`,
      seed.created.generated
        ? `    password: ${seed.created.password}   (shown only now; set SEED_ADMIN_PASSWORD to choose one)`
        : '    password: the SEED_ADMIN_PASSWORD you set',
      '    buyer@example.com and newcomer@example.com have the same password.',
    );
  }
  return `${lines.join('\n')}\n`;
}
