import { ConfigError, loadConfig, redact } from './app-config';

describe('loadConfig', () => {
  it('has working defaults for a newcomer’s machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      appUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      smtpUrl: undefined,
      dataDir: '.data',
      invitationTtlSeconds: 24 * 3600,
      invitationDailyLimit: 50,
      seedAdminEmail: 'admin@example.com',
      corsOrigins: [],
      role: 'all',
      mailConcurrency: 16,
    });
  });

  it('creates the demo world in development only, unless DEMO_SEED says otherwise', () => {
    const smtp = { SMTP_URL: 'smtp://mail.example.com:587' };
    expect(loadConfig({}).demoSeed).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', ...smtp }).demoSeed).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_SEED: 'true', ...smtp }).demoSeed).toBe(true);
    expect(loadConfig({ DEMO_SEED: 'false' }).demoSeed).toBe(false);
    expect(() => loadConfig({ DEMO_SEED: 'yes' })).toThrow('DEMO_SEED: must be one of true, false, got "yes"');
  });

  it('reads the role of the process and the worker concurrency', () => {
    expect(loadConfig({ ROLE: 'worker', MAIL_CONCURRENCY: '8' })).toMatchObject({ role: 'worker', mailConcurrency: 8 });
    expect(() => loadConfig({ ROLE: 'mail' })).toThrow('ROLE: must be one of api, worker, all, got "mail"');
    expect(() => loadConfig({ MAIL_CONCURRENCY: '0' })).toThrow('MAIL_CONCURRENCY: must be between 1 and 100');
  });

  it('derives APP_URL from PORT and reads durations', () => {
    expect(loadConfig({ PORT: '3001', INVITATION_TTL: '90s' })).toMatchObject({
      appUrl: 'http://localhost:3001',
      invitationTtlSeconds: 90,
    });
    expect(loadConfig({ INVITATION_TTL: '7d' }).invitationTtlSeconds).toBe(7 * 86400);
    expect(loadConfig({ INVITATION_TTL: '15m' }).invitationTtlSeconds).toBe(900);
  });

  it.each([
    ['INVITATION_TTL', 'abc'],
    ['INVITATION_TTL', '0h'],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['INVITATION_DAILY_LIMIT', '-1'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['SMTP_URL', 'not a url'],
    ['APP_URL', 'ftp://example.com'],
    ['LOG_LEVEL', 'loud'],
    ['JWT_SECRET', 'short'],
  ])('stops on %s=%s with a message naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^${variable}: `));
  });

  it('requires a real mail transport in production; signing keys come from the database unless JWT_SECRET is set', () => {
    const smtp = { SMTP_URL: 'smtp://mail.example.com:587' };
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/^SMTP_URL: or HUBSPOT_ACCESS_TOKEN is required/);
    expect(loadConfig({ NODE_ENV: 'production', ...smtp })).toMatchObject({ jwtSecret: undefined, host: '0.0.0.0' });
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), ...smtp });
    expect(config).toMatchObject({ jwtSecret: 'x'.repeat(32), jwtPreviousSecrets: [] });
    expect(loadConfig({}).host).toBe('127.0.0.1');
  });

  it('reads the refresh reuse window, 10 seconds unless set, 0 to turn it off', () => {
    expect(loadConfig({}).refreshReuseWindowSeconds).toBe(10);
    expect(loadConfig({ REFRESH_REUSE_WINDOW: '30s' }).refreshReuseWindowSeconds).toBe(30);
    expect(loadConfig({ REFRESH_REUSE_WINDOW: '0' }).refreshReuseWindowSeconds).toBe(0);
    expect(() => loadConfig({ REFRESH_REUSE_WINDOW: 'soon' })).toThrow(/^REFRESH_REUSE_WINDOW: must be a duration/);
  });

  it('reads earlier secrets for a rotation with JWT_SECRET, each long enough', () => {
    const current = 'c'.repeat(32);
    const previous = ['p'.repeat(32), 'q'.repeat(40)];
    expect(loadConfig({ JWT_SECRET: current, JWT_PREVIOUS_SECRETS: previous.join(',') }).jwtPreviousSecrets).toEqual(
      previous,
    );
    expect(() => loadConfig({ JWT_SECRET: current, JWT_PREVIOUS_SECRETS: 'short' })).toThrow(
      'JWT_PREVIOUS_SECRETS: must be at least 32 characters',
    );
    expect(() => loadConfig({ JWT_PREVIOUS_SECRETS: previous[0] })).toThrow(/^JWT_PREVIOUS_SECRETS: needs JWT_SECRET/);
  });

  it('redacts passwords in connection URLs and in its messages', () => {
    expect(redact('postgres://app:s3cret@db:5432/cloudhub')).toBe('postgres://app:***@db:5432/cloudhub');
    expect(() => loadConfig({ SMTP_URL: 'smtp//user:s3cret@host' })).toThrow(/smtp\/\/user:\*\*\*@host/);
  });
});
