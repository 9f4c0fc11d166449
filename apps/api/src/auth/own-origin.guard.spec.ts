import type { ExecutionContext } from '@nestjs/common';
import type { RuntimeConfig } from '../config/app-config';
import { ProblemError } from '../common/problem';
import { OwnOriginGuard } from './own-origin.guard';

const guard = new OwnOriginGuard({
  appUrl: 'https://hub.example.com',
  corsOrigins: ['https://admin.example.com:8443/'],
} as unknown as RuntimeConfig);
const requestFrom = (origin?: string) =>
  ({
    switchToHttp: () => ({ getRequest: () => ({ headers: origin === undefined ? {} : { origin } }) }),
  }) as unknown as ExecutionContext;

describe('OwnOriginGuard', () => {
  it('lets the app itself, the configured CORS origins and non-browser clients through', () => {
    expect(guard.canActivate(requestFrom('https://hub.example.com'))).toBe(true);
    expect(guard.canActivate(requestFrom('https://admin.example.com:8443'))).toBe(true);
    expect(guard.canActivate(requestFrom(undefined))).toBe(true);
  });

  it.each(['https://evil.example', 'null', 'http://hub.example.com', 'https://hub.example.com.evil.example'])(
    'refuses Origin: %s with 403 origin_not_allowed',
    (origin) => {
      expect(() => guard.canActivate(requestFrom(origin))).toThrow(ProblemError);
      expect(() => guard.canActivate(requestFrom(origin))).toThrow(/pages of CloudHub/);
    },
  );
});
