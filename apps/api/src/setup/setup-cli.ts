import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { AppModule } from '../app.module';
import { embeddedDatabaseUrl } from '../database/embedded-postgres.launcher';
import { loadConfig, type AppConfig, type RuntimeConfig } from '../config/app-config';
import { isPlainEmail } from '../invitations/plain-email';
import { CustomerSetupService, type CustomerSetupRequest } from './customer-setup.service';

const USAGE = `The first customer and its first admin, on a deployment without demo data:
  npm run setup -- --customer-number 100042 --company "Acme Devices GmbH" --language de \\
                   --admin-email admin@acme.example [--print-link]
               [--operator-name "CloudHub Support"] [--operator-email support@cloudhub.example]
Migrates DATABASE_URL if needed, creates the customer with the role Administrator, and queues an
invitation e-mail with a one-time link; a running instance (ROLE=all or worker) sends it. The link is
printed only with --print-link. Run again for an existing customer number: it says so and changes nothing.`;

class UsageError extends Error {}

function readRequest(
  argv: readonly string[],
  config: AppConfig,
): { request: CustomerSetupRequest; printLink: boolean } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'customer-number': { type: 'string' },
      company: { type: 'string' },
      language: { type: 'string' },
      'admin-email': { type: 'string' },
      'operator-name': { type: 'string' },
      'operator-email': { type: 'string' },
      'print-link': { type: 'boolean', default: false },
    },
  });
  const customerNumber = values['customer-number']?.trim() ?? '';
  const companyName = values.company?.trim() ?? '';
  const language = values.language ?? config.defaultLanguage;
  const adminEmail = values['admin-email']?.trim().toLowerCase() ?? '';
  const operatorEmail = values['operator-email'] ?? /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom;
  if (!/^\d{1,20}$/.test(customerNumber)) throw new UsageError('--customer-number: digits only, e.g. 100042');
  if (companyName.length === 0 || companyName.length > 120) throw new UsageError('--company: 1 to 120 characters');
  if (!(LANGUAGES as readonly string[]).includes(language))
    throw new UsageError(`--language: ${LANGUAGES.join(' or ')}`);
  if (!isPlainEmail(adminEmail)) throw new UsageError('--admin-email: one plain address such as admin@acme.example');
  if (!isPlainEmail(operatorEmail)) throw new UsageError('--operator-email: one plain address');
  return {
    request: {
      customerNumber,
      companyName,
      language: language as Language,
      adminEmail,
      operator: { name: values['operator-name']?.trim() || 'CloudHub Support', email: operatorEmail },
    },
    printLink: values['print-link'] ?? false,
  };
}

async function main(argv: readonly string[]): Promise<string> {
  if (argv.includes('--help') || argv.length === 0) return USAGE;
  const config = loadConfig(process.env);
  const { request, printLink } = readRequest(argv, config);
  const runtime: RuntimeConfig = {
    ...config,
    // The running embedded PostgreSQL of `npm start` when no DATABASE_URL is given.
    databaseUrl: config.databaseUrl ?? embeddedDatabaseUrl(config.embeddedPostgresPort),
    smtpUrl: config.smtpUrl ?? `smtp://127.0.0.1:${config.devSmtpPort}`,
    // This process only writes; the e-mail goes out through a running instance's worker.
    role: 'api',
    devMailbox: false,
  };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(runtime), { logger: ['error', 'warn'] });
  try {
    const outcome = await app.get(CustomerSetupService).setUp(request);
    if (!outcome.created) return `Customer ${request.customerNumber} exists already: nothing changed.`;
    return [
      `Customer ${request.customerNumber} ${request.companyName} created with the role Administrator.`,
      `An invitation e-mail to ${request.adminEmail} is queued; a running instance sends it.`,
      ...(printLink ? [`Invitation link (works once): ${outcome.link}`] : []),
    ].join('\n');
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (output) => {
    process.stdout.write(`${output}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`setup: ${message}\n${error instanceof UsageError ? `\n${USAGE}\n` : ''}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
