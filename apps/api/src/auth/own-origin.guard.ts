import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { originNotAllowed } from './auth.errors';

/** The origins (scheme, host, port) the app's own pages are served from: APP_URL and CORS_ORIGINS. */
export function allowedOrigins(config: Pick<RuntimeConfig, 'appUrl' | 'corsOrigins'>): ReadonlySet<string> {
  return new Set([config.appUrl, ...config.corsOrigins].map((url) => new URL(url).origin));
}

/**
 * For the calls that read or set the session cookies (login, refresh, logout): SameSite=Strict keeps other
 * sites' requests from carrying them, and this check refuses a request that a browser says comes from a page
 * of another origin (CSRF, login CSRF), or from an opaque one (`Origin: null`: sandboxed frames, some
 * redirects). A request without `Origin` does not come from a browser's cross-origin fetch or form, and is
 * allowed (curl, server-side clients).
 */
@Injectable()
export class OwnOriginGuard implements CanActivate {
  private readonly allowed: ReadonlySet<string>;

  constructor(@InjectConfig() config: RuntimeConfig) {
    this.allowed = allowedOrigins(config);
  }

  canActivate(context: ExecutionContext): boolean {
    const origin = context.switchToHttp().getRequest<Request>().headers.origin;
    if (origin === undefined || this.allowed.has(origin)) return true;
    throw originNotAllowed();
  }
}
