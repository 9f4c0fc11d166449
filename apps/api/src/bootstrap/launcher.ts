import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppConfig, RuntimeConfig } from '../config/app-config';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../database/embedded-postgres.launcher';

export interface Launched {
  readonly config: RuntimeConfig;
  readonly embeddedPostgres: EmbeddedPostgresHandle | undefined;
}

/**
 * Settles what the configuration leaves open for a newcomer's machine: an embedded PostgreSQL when no
 * DATABASE_URL is set, the capture SMTP server when no SMTP_URL is set, a signing key kept in DATA_DIR.
 */
export async function launch(config: AppConfig, log: (line: string) => void): Promise<Launched> {
  const embeddedPostgres = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPostgresPort,
        persistent: true,
        database: 'cloudhub',
        log: (line) => {
          if (/error|fatal|panic/i.test(line)) log(`postgres: ${line}`);
        },
      });
  return {
    embeddedPostgres,
    config: {
      ...config,
      databaseUrl: config.databaseUrl ?? (embeddedPostgres as EmbeddedPostgresHandle).url,
      smtpUrl: config.smtpUrl ?? `smtp://127.0.0.1:${config.devSmtpPort}`,
      devMailbox: config.smtpUrl === undefined && config.hubspot === undefined,
      jwtSecret: config.jwtSecret ?? developmentJwtSecret(config.dataDir),
    },
  };
}

/** Generated once and kept beside the embedded cluster, so sessions survive a restart in development. */
function developmentJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
