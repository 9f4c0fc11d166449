import type { AppConfig, RuntimeConfig } from '../config/app-config';
import { startAppCluster, type EmbeddedPostgresHandle } from '../database/embedded-postgres.launcher';

export interface Launched {
  readonly config: RuntimeConfig;
  readonly embeddedPostgres: EmbeddedPostgresHandle | undefined;
}

/**
 * Settles what the configuration leaves open for a newcomer's machine: an embedded PostgreSQL when no
 * DATABASE_URL is set, the capture SMTP server when no SMTP_URL is set.
 */
export async function launch(config: AppConfig, log: (line: string) => void): Promise<Launched> {
  const embeddedPostgres = config.databaseUrl
    ? undefined
    : await startAppCluster(config, (line) => {
        if (/error|fatal|panic/i.test(line)) log(`postgres: ${line}`);
      });
  if (embeddedPostgres?.notice) log(embeddedPostgres.notice);
  return {
    embeddedPostgres,
    config: {
      ...config,
      databaseUrl: config.databaseUrl ?? (embeddedPostgres as EmbeddedPostgresHandle).url,
      smtpUrl: config.smtpUrl ?? `smtp://127.0.0.1:${config.devSmtpPort}`,
      devMailbox: config.smtpUrl === undefined && config.hubspot === undefined,
    },
  };
}
