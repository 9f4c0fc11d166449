import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { parseDuration } from './duration';

/** Everything the API reads from its environment, parsed and checked once at start-up. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  /** The address the HTTP server binds to: loopback unless in production (containers need 0.0.0.0). */
  readonly host: string;
  readonly appUrl: string;
  /** Unset: the launcher starts an embedded PostgreSQL and fills this in before the app boots. */
  readonly databaseUrl: string | undefined;
  readonly databasePoolSize: number;
  readonly dataDir: string;
  readonly embeddedPostgresPort: number;
  /** Unset: an in-process capture server is started and fills this in. */
  readonly smtpUrl: string | undefined;
  readonly devSmtpPort: number;
  readonly mailFrom: string;
  readonly hubspot:
    | {
        readonly accessToken: string;
        readonly baseUrl: string;
        /** HubSpot transactional template per kind of e-mail (`invitation`, `welcome`, ...). */
        readonly templateIds: Readonly<Record<string, string>>;
      }
    | undefined;
  /** Attempts after the first for a transiently failing e-mail, with doubling delays from `mailRetryDelaySeconds`. */
  readonly mailRetryLimit: number;
  readonly mailRetryDelaySeconds: number;
  readonly mailPollIntervalSeconds: number;
  /** E-mails one worker sends at a time (also its SMTP connections), so that sending never starves the API. */
  readonly mailConcurrency: number;
  /** What this process does: serve HTTP (`api`), send e-mails and run scheduled housekeeping (`worker`), or both. */
  readonly role: 'api' | 'worker' | 'all';
  readonly invitationTtlSeconds: number;
  readonly invitationDailyLimit: number;
  /** Unset: the keys live in the database (created on first start, shared by every instance). */
  readonly jwtSecret: string | undefined;
  /** With JWT_SECRET: earlier secrets that still verify and open what they made, during a rotation. */
  readonly jwtPreviousSecrets: readonly string[];
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  /**
   * A refresh token rotated less than this long ago may be presented once more and gets a sibling instead of
   * revoking its family (two tabs refreshing at once; Auth0's "reuse interval"). 0 turns it off.
   */
  readonly refreshReuseWindowSeconds: number;
  readonly corsOrigins: readonly string[];
  /** Express `trust proxy`: how many proxies in front of the API may set X-Forwarded-For. */
  readonly trustProxyHops: number;
  readonly bcryptCost: number;
  /** The demo world on an empty database: in development, or in production only when DEMO_SEED=true. */
  readonly demoSeed: boolean;
  readonly seedAdminEmail: string;
  readonly seedAdminPassword: string | undefined;
  readonly defaultLanguage: Language;
  readonly logLevel: string;
  /** The built SPA that the API serves at `/`. */
  readonly webDistDir: string;
  /** Unset: DATABASE_URL. LISTEN needs a session, so point this past a transaction-mode pooler (PgBouncer). */
  readonly eventsDatabaseUrl: string | undefined;
  /** How often open event streams get a heartbeat comment and the LISTEN connection a liveness probe. */
  readonly eventsHeartbeatSeconds: number;
  readonly eventsMaxStreamsPerUser: number;
}

/** The config once the launcher has settled the database, SMTP server and signing key. */
export interface RuntimeConfig extends AppConfig {
  readonly databaseUrl: string;
  readonly smtpUrl: string;
  /** True when this process runs the capture SMTP server behind the dev mailbox. */
  readonly devMailbox: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env): AppConfig {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const nodeEnv = oneOf(read('NODE_ENV') ?? 'development', 'NODE_ENV', ['development', 'production', 'test'] as const);
  const port = integer(read('PORT'), 'PORT', 3000, 0, 65535);
  const host = read('HOST') ?? (nodeEnv === 'production' ? '0.0.0.0' : '127.0.0.1');
  const appUrl = url(read('APP_URL') ?? `http://localhost:${port}`, 'APP_URL', ['http:', 'https:']).replace(/\/$/, '');
  const databaseUrl = optionalUrl(read('DATABASE_URL'), 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const smtpUrl = optionalUrl(read('SMTP_URL'), 'SMTP_URL', ['smtp:', 'smtps:']);
  const jwtSecret = read('JWT_SECRET');
  const jwtPreviousSecrets = (read('JWT_PREVIOUS_SECRETS') ?? '').split(',').filter((secret) => secret.trim() !== '');
  for (const [variable, secret] of [
    ...(jwtSecret === undefined ? [] : [['JWT_SECRET', jwtSecret]]),
    ...jwtPreviousSecrets.map((previous) => ['JWT_PREVIOUS_SECRETS', previous]),
  ]) {
    if (secret.length < 32) throw new ConfigError(variable, 'must be at least 32 characters');
  }
  if (jwtSecret === undefined && jwtPreviousSecrets.length > 0) {
    throw new ConfigError('JWT_PREVIOUS_SECRETS', 'needs JWT_SECRET (without it, keys are rotated in the database)');
  }
  const hubspotToken = read('HUBSPOT_ACCESS_TOKEN');
  // The capture server's mailbox is public and shows every invitation link: development only.
  if (nodeEnv === 'production' && !smtpUrl && !hubspotToken) {
    throw new ConfigError('SMTP_URL', 'or HUBSPOT_ACCESS_TOKEN is required when NODE_ENV=production');
  }
  return {
    nodeEnv,
    port,
    host,
    appUrl,
    databaseUrl,
    databasePoolSize: integer(read('DATABASE_POOL_SIZE'), 'DATABASE_POOL_SIZE', 10, 1, 100),
    dataDir: read('DATA_DIR') ?? '.data',
    embeddedPostgresPort: integer(read('EMBEDDED_PG_PORT'), 'EMBEDDED_PG_PORT', 54329, 1, 65535),
    smtpUrl,
    devSmtpPort: integer(read('DEV_SMTP_PORT'), 'DEV_SMTP_PORT', 2525, 0, 65535),
    mailFrom: read('MAIL_FROM') ?? 'CloudHub <no-reply@cloudhub.example>',
    hubspot: hubspotToken
      ? {
          accessToken: hubspotToken,
          baseUrl: url(read('HUBSPOT_BASE_URL') ?? 'https://api.hubapi.com', 'HUBSPOT_BASE_URL', ['http:', 'https:']),
          templateIds: templateIds(read('HUBSPOT_TEMPLATE_ID'), read('HUBSPOT_TEMPLATE_IDS')),
        }
      : undefined,
    mailRetryLimit: integer(read('MAIL_RETRY_LIMIT'), 'MAIL_RETRY_LIMIT', 8, 0, 50),
    mailRetryDelaySeconds: duration(read('MAIL_RETRY_DELAY') ?? '10s', 'MAIL_RETRY_DELAY'),
    mailPollIntervalSeconds: duration(read('MAIL_POLL_INTERVAL') ?? '1s', 'MAIL_POLL_INTERVAL'),
    mailConcurrency: integer(read('MAIL_CONCURRENCY'), 'MAIL_CONCURRENCY', 16, 1, 100),
    role: oneOf(read('ROLE') ?? 'all', 'ROLE', ['api', 'worker', 'all'] as const),
    invitationTtlSeconds: duration(read('INVITATION_TTL') ?? '24h', 'INVITATION_TTL'),
    invitationDailyLimit: integer(read('INVITATION_DAILY_LIMIT'), 'INVITATION_DAILY_LIMIT', 50, 1, 10000),
    jwtSecret,
    jwtPreviousSecrets,
    accessTokenTtlSeconds: duration(read('ACCESS_TOKEN_TTL') ?? '15m', 'ACCESS_TOKEN_TTL'),
    refreshTokenTtlSeconds: duration(read('REFRESH_TOKEN_TTL') ?? '30d', 'REFRESH_TOKEN_TTL'),
    refreshReuseWindowSeconds: durationOrZero(read('REFRESH_REUSE_WINDOW') ?? '10s', 'REFRESH_REUSE_WINDOW'),
    corsOrigins: (read('CORS_ORIGINS') ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean)
      .map((origin) => url(origin, 'CORS_ORIGINS', ['http:', 'https:']).replace(/\/$/, '')),
    trustProxyHops: integer(read('TRUST_PROXY_HOPS'), 'TRUST_PROXY_HOPS', 0, 0, 10),
    bcryptCost: integer(read('BCRYPT_COST'), 'BCRYPT_COST', 12, 4, 15),
    demoSeed:
      oneOf(read('DEMO_SEED') ?? (nodeEnv === 'production' ? 'false' : 'true'), 'DEMO_SEED', [
        'true',
        'false',
      ] as const) === 'true',
    seedAdminEmail: (read('SEED_ADMIN_EMAIL') ?? 'admin@example.com').toLowerCase(),
    seedAdminPassword: read('SEED_ADMIN_PASSWORD'),
    defaultLanguage: oneOf(read('DEFAULT_LANGUAGE') ?? 'en', 'DEFAULT_LANGUAGE', LANGUAGES),
    logLevel: oneOf(read('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'warn' : 'info'), 'LOG_LEVEL', [
      'fatal',
      'error',
      'warn',
      'info',
      'debug',
      'trace',
      'silent',
    ] as const),
    webDistDir: read('WEB_DIST_DIR') ?? 'dist/web',
    eventsDatabaseUrl: optionalUrl(read('EVENTS_DATABASE_URL'), 'EVENTS_DATABASE_URL', ['postgres:', 'postgresql:']),
    eventsHeartbeatSeconds: duration(read('EVENTS_HEARTBEAT') ?? '15s', 'EVENTS_HEARTBEAT'),
    eventsMaxStreamsPerUser: integer(read('EVENTS_MAX_STREAMS_PER_USER'), 'EVENTS_MAX_STREAMS_PER_USER', 5, 1, 100),
  };
}

/** `HUBSPOT_TEMPLATE_ID` is the invitation's; `HUBSPOT_TEMPLATE_IDS=welcome=123,access-request=456` the others'. */
function templateIds(invitation: string | undefined, others: string | undefined): Record<string, string> {
  const ids: Record<string, string> = invitation ? { invitation } : {};
  for (const pair of (others ?? '').split(',').filter(Boolean)) {
    const match = /^\s*([a-z-]+)\s*=\s*(\d+)\s*$/.exec(pair);
    if (!match)
      throw new ConfigError('HUBSPOT_TEMPLATE_IDS', `must look like welcome=123,access-request=456, got "${pair}"`);
    ids[match[1]] = match[2];
  }
  return ids;
}

function integer(raw: string | undefined, variable: string, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(variable, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(variable, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function duration(raw: string, variable: string): number {
  const seconds = parseDuration(raw);
  if (seconds === undefined) {
    throw new ConfigError(variable, `must be a duration such as 90s, 15m, 24h or 7d, got "${raw}"`);
  }
  return seconds;
}

/** As `duration`, and `0` (or `0s`) for "never". */
function durationOrZero(raw: string, variable: string): number {
  return /^0[smhd]?$/.test(raw) ? 0 : duration(raw, variable);
}

function oneOf<T extends string>(raw: string, variable: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(variable, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(raw: string, variable: string, protocols: readonly string[]): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(variable, `must be a URL, got "${redact(raw)}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(variable, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

function optionalUrl(raw: string | undefined, variable: string, protocols: readonly string[]): string | undefined {
  return raw === undefined ? undefined : url(raw, variable, protocols);
}

/** Hides the password of a connection URL, for messages and the start-up banner. */
export function redact(connectionUrl: string): string {
  return connectionUrl.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
