import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/bootstrap/configure-app';
import { loadConfig, type RuntimeConfig } from '../../src/config/app-config';
import { freePort } from './free-port';

type Agent = ReturnType<typeof request>;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly config: RuntimeConfig;
  /** Requests from this test app's own client address (X-Forwarded-For behind one trusted proxy). */
  readonly http: (clientIp?: string) => Pick<Agent, Method>;
  close(): Promise<void>;
}

export const randomClientIp = () =>
  `10.${Array.from({ length: 3 }, () => Math.floor(Math.random() * 254) + 1).join('.')}`;

let fileDatabase: Promise<string> | undefined;

function viaPort(databaseUrl: string, port: number | undefined): string {
  if (port === undefined) return databaseUrl;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return url.toString();
}

/** The run's PostgreSQL, for a proxy to forward to. */
export function testDatabaseAddress(): { host: string; port: number } {
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  return { host: url.hostname, port: Number(url.port) };
}

/**
 * Each test file gets its own database, cloned from the migrated template of the run: e-mail jobs of one
 * file are then never claimed by another file's workers with other transports. Jest loads this module
 * once per test file, so every app of one file shares one database, like instances of one deployment.
 */
export function databaseOfThisFile(templateUrl: string): Promise<string> {
  fileDatabase ??= (async () => {
    const url = new URL(templateUrl);
    const name = `test_${randomUUID().replace(/-/g, '')}`;
    const admin = new Client({ connectionString: templateUrl.replace(/\/[^/]*$/, '/postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE "${url.pathname.slice(1)}"`);
    } finally {
      await admin.end();
    }
    url.pathname = `/${name}`;
    return url.toString();
  })();
  return fileDatabase;
}

/**
 * Boots the real application on the run's PostgreSQL, as `npm start` does (same module, same HTTP
 * pipeline). Several test apps on one database behave like several API instances.
 */
export async function createTestApp(
  options: {
    env?: Record<string, string>;
    devMailbox?: boolean;
    keysInDatabase?: boolean;
    /** Reach the database through this port on 127.0.0.1 (a TcpProxy that a test can cut). */
    databasePort?: number;
  } = {},
): Promise<TestApp> {
  const templateUrl = process.env.TEST_DATABASE_URL;
  if (!templateUrl) throw new Error('TEST_DATABASE_URL is not set: run API tests through jest (global setup)');
  const databaseUrl = viaPort(await databaseOfThisFile(templateUrl), options.databasePort);
  const devSmtpPort = await freePort();
  const loaded = loadConfig({
    NODE_ENV: 'test',
    BCRYPT_COST: '4',
    WEB_DIST_DIR: '/nonexistent',
    TRUST_PROXY_HOPS: '1',
    ...options.env,
  });
  const config: RuntimeConfig = {
    ...loaded,
    databaseUrl,
    devSmtpPort,
    smtpUrl: loaded.smtpUrl ?? `smtp://127.0.0.1:${devSmtpPort}`,
    // Keys in the database are what a deployment without JWT_SECRET uses; most tests need not care.
    jwtSecret:
      loaded.jwtSecret ?? (options.keysInDatabase ? undefined : 'test-secret-that-is-long-enough-for-hs256-signing'),
    devMailbox: options.devMailbox ?? false,
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app, config);
  await app.init();
  const server = app.getHttpServer();
  const ownIp = randomClientIp();
  const http = (clientIp = ownIp) => {
    const agent = request(server);
    const from =
      (method: Method) =>
      (url: string): ReturnType<Agent[Method]> =>
        agent[method](url).set('X-Forwarded-For', clientIp);
    return { get: from('get'), post: from('post'), put: from('put'), patch: from('patch'), delete: from('delete') };
  };
  return { app, config, http, close: () => app.close() };
}
