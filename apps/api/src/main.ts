import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { banner } from './bootstrap/banner';
import { configureApp } from './bootstrap/configure-app';
import { launch } from './bootstrap/launcher';
import { ConfigError, loadConfig } from './config/app-config';
import { ClusterInUseError } from './database/embedded-postgres.launcher';
import { DemoSeeder } from './seed/demo-seeder';

const log = (line: string) => process.stderr.write(`${line}\n`);

let stopEmbeddedPostgres: (() => Promise<void>) | undefined;

async function main(): Promise<void> {
  const { config, embeddedPostgres } = await launch(loadConfig(process.env), log);
  stopEmbeddedPostgres = embeddedPostgres && (() => embeddedPostgres.stop());
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app, config);
  await app.init();
  const seed = config.demoSeed ? await app.get(DemoSeeder).seedOnce() : {};
  // A worker takes jobs from the database only; it serves no HTTP, so it needs no port.
  if (config.role !== 'worker') await app.listen(config.port, config.host);
  process.stdout.write(banner(config, seed, embeddedPostgres !== undefined));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close().catch((error: unknown) => log(`while closing the API: ${String(error)}`));
    await embeddedPostgres?.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(signal));
}

main().catch(async (error: unknown) => {
  await stopEmbeddedPostgres?.().catch(() => undefined);
  if (error instanceof ConfigError) {
    log(`Configuration error: ${error.message}`);
  } else if (error instanceof ClusterInUseError) {
    log(`CloudHub Access could not start: ${error.message}`);
  } else {
    log(`CloudHub Access could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  process.exit(1);
});
