import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { AppModule } from '../app.module';
import { loadConfig, type RuntimeConfig } from '../config/app-config';
import { buildOpenApiDocument, serialiseOpenApiDocument } from './openapi-document';

/**
 * Writes the OpenAPI document without a database or a listening server: Nest's preview mode builds the
 * module graph and the routes' metadata but instantiates no provider.
 */
async function writeOpenApi(target: string): Promise<void> {
  const config: RuntimeConfig = {
    ...loadConfig({ NODE_ENV: 'development' }),
    databaseUrl: 'postgres://unused@127.0.0.1/unused',
    smtpUrl: 'smtp://127.0.0.1:2525',
    jwtSecret: 'openapi-generation-does-not-sign-anything',
    devMailbox: true,
  };
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
  app.setGlobalPrefix('api');
  writeFileSync(target, serialiseOpenApiDocument(buildOpenApiDocument(app)));
  await app.close();
}

writeOpenApi(process.argv[2] ?? 'libs/api-client/openapi.json').catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
