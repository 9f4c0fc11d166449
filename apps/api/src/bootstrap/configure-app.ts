import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { RuntimeConfig } from '../config/app-config';
import { BODY_LIMIT } from '../common/problem-details.filter';
import { requireJsonBodies, translateBodyErrors } from '../common/json-bodies';
import { buildOpenApiDocument } from '../openapi/openapi-document';
import { serveSpa } from './serve-spa';

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
  app.use(requireJsonBodies);
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(translateBodyErrors);
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
