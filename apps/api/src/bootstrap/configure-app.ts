import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import type { RuntimeConfig } from '../config/app-config';
import { buildOpenApiDocument } from '../openapi/openapi-document';

/** The HTTP pipeline around the Nest routes; the same for `npm start`, a second instance and the tests. */
export function configureApp(app: NestExpressApplication, config: RuntimeConfig): void {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.set('trust proxy', config.trustProxyHops);
  app.disable('x-powered-by');
  app.use(
    helmet({
      referrerPolicy: { policy: 'no-referrer' },
      contentSecurityPolicy: {
        directives: {
          // Only where the app is served over https; over plain http it would break every asset.
          'upgrade-insecure-requests': config.appUrl.startsWith('https:') ? [] : null,
          // The dev mailbox shows captured HTML in a sandboxed iframe; images in e-mails may be remote.
          'img-src': ["'self'", 'data:', 'https:'],
          'frame-src': ["'self'"],
        },
      },
    }),
  );
  app.use(cookieParser());
  app.use(express.json({ limit: '100kb' }));
  app.enableCors(
    config.corsOrigins.length > 0 ? { origin: [...config.corsOrigins], credentials: true } : { origin: false },
  );
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'CloudHub Access API',
  });
  serveSpa(app, config.webDistDir);
}

/** Serves the built SPA at `/`; any other non-API GET that wants HTML gets index.html (deep links). */
function serveSpa(app: NestExpressApplication, configuredDir: string): void {
  const webDir = resolve(configuredDir);
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return;
  app.use(express.static(webDir, { index: false, maxAge: '1h', setHeaders: noCacheForIndex }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage = request.method === 'GET' || request.method === 'HEAD';
    if (!wantsPage || request.path.startsWith('/api/') || request.path === '/api' || !request.accepts('html')) {
      next();
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}

function noCacheForIndex(response: Response, path: string): void {
  if (path.endsWith('index.html')) response.setHeader('Cache-Control', 'no-cache');
}
