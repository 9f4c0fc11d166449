import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ApiProblems } from '../common/api-problems.decorator';
import { RateLimit } from '../common/rate-limit.decorator';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { Public } from '../access/access-policy.decorator';
import { AuthService, type Session } from './auth.service';
import { readDeviceCookie, setDeviceCookie } from './device-cookie';
import { AccessTokenDto } from './dto/access-token.dto';
import { LoginDto } from './dto/login.dto';
import { OwnOriginGuard } from './own-origin.guard';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

const COOKIES =
  'Over HTTPS the refresh cookie is `__Host-cloudhub_refresh` (Secure, Path=/), over HTTP `cloudhub_refresh` ' +
  '(Path=/api/auth); both httpOnly and SameSite=Strict.';
const ORIGIN =
  'Uses the session cookies, so a request whose `Origin` header is not the app itself (`APP_URL`) or one of ' +
  '`CORS_ORIGINS`, or is `null`, answers 403 `origin_not_allowed` and changes nothing; a request without ' +
  '`Origin` (not from a browser page) is allowed.';

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard, OwnOriginGuard)
export class AuthController {
  private readonly secureCookies: boolean;

  constructor(
    private readonly auth: AuthService,
    @InjectConfig() config: RuntimeConfig,
  ) {
    this.secureCookies = config.appUrl.startsWith('https:');
  }

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @RateLimit(60, 60_000)
  @ApiOperation({
    operationId: 'login',
    summary: 'Log in with e-mail and password',
    description:
      'Answers an access token and sets the refresh token as an httpOnly cookie, and beside it the ' +
      '`cloudhub_session=1` cookie: no secret, readable by scripts, so a page knows whether a refresh is worth trying. ' +
      `${COOKIES} It also sets the device cookie (\`__Host-cloudhub_device\` over HTTPS, \`cloudhub_device\` over ` +
      'HTTP; httpOnly, a year): it makes this browser a known device of the account.\n\n' +
      'Failed logins are limited per account and client (a known device, else the address): five are free, then ' +
      'each one doubles the wait before the next attempt (2 s, 4 s, ... up to 15 minutes), and a success resets it. ' +
      'Across clients that are not a known device of the account, 100 failures an hour lock those clients out of it ' +
      '(the owner is e-mailed once; their known devices still log in), and 50 failures in 15 minutes from one address ' +
      'lock out that address. A refused attempt answers 429 `login_throttled` with `Retry-After`, whether the ' +
      `password was right or not.\n\n${ORIGIN}`,
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiProblems(400, 401, 403, 429)
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const session = await this.auth.login(body, {
      ip: request.ip ?? 'unknown',
      deviceCookie: readDeviceCookie(request, this.secureCookies),
    });
    setDeviceCookie(response, session.deviceCookie, this.secureCookies);
    return this.respond(session, response);
  }

  @Post('refresh')
  // No bearer token: the refresh cookie is the credential.
  @Public({ anonymous: false })
  @HttpCode(HttpStatus.OK)
  @RateLimit(60, 60_000)
  @ApiCookieAuth('refresh-cookie')
  @ApiOperation({
    operationId: 'refresh',
    summary: 'Exchange the refresh cookie for a new access token',
    description:
      'Rotates the refresh token and renews the `cloudhub_session` cookie. A reused refresh token revokes every ' +
      'token of its login, except the token rotated last within `REFRESH_REUSE_WINDOW` (10 s) of its rotation, ' +
      'which gets a new token of the same login (two tabs refreshing at once). A refused refresh clears both ' +
      `cookies. ${COOKIES}\n\n${ORIGIN}`,
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiProblems(401, 403, 429)
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response) {
    try {
      const presented = readRefreshCookie(request, this.secureCookies);
      return this.respond(await this.auth.refresh(presented, request.ip ?? 'unknown'), response);
    } catch (error) {
      clearRefreshCookie(response, this.secureCookies);
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  // The module's default limit, stated here so that it is documented.
  @RateLimit(60, 60_000)
  @ApiCookieAuth('refresh-cookie')
  @ApiOperation({
    operationId: 'logout',
    summary: 'End the session of the refresh cookie',
    description:
      'Revokes the refresh token and every token rotated from the same login, and clears both cookies ' +
      `(the refresh cookie and \`cloudhub_session\`). The device cookie stays.\n\n${ORIGIN}`,
  })
  @ApiNoContentResponse({ description: 'Logged out.' })
  @ApiProblems(403, 429)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(readRefreshCookie(request, this.secureCookies));
    clearRefreshCookie(response, this.secureCookies);
  }

  private respond(session: Session, response: Response): AccessTokenDto {
    setRefreshCookie(response, session.refresh, this.secureCookies);
    response.setHeader('Cache-Control', 'no-store');
    return session.access;
  }
}
