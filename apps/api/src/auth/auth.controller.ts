import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ApiProblems } from '../common/api-problems.decorator';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { Public } from './access-policy.decorator';
import { AuthService, type Session } from './auth.service';
import { AccessTokenDto } from './dto/access-token.dto';
import { LoginDto } from './dto/login.dto';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

@ApiTags('auth')
@Controller('auth')
@Public()
@UseGuards(ThrottlerGuard)
export class AuthController {
  private readonly secureCookies: boolean;

  constructor(
    private readonly auth: AuthService,
    @InjectConfig() config: RuntimeConfig,
  ) {
    this.secureCookies = config.appUrl.startsWith('https:');
  }

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @Throttle({ default: { limit: 60, ttl: 60_000 } })
  @ApiOperation({
    operationId: 'login',
    summary: 'Log in with e-mail and password',
    description:
      'Answers an access token and sets the refresh token as an httpOnly cookie, and beside it the ' +
      '`cloudhub_session=1` cookie: no secret, readable by scripts, so a page knows whether a refresh is worth trying.',
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiProblems(400, 401, 429)
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.respond(await this.auth.login(body, request.ip ?? 'unknown'), response);
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @Throttle({ default: { limit: 60, ttl: 60_000 } })
  @ApiCookieAuth('refresh-cookie')
  @ApiOperation({
    operationId: 'refresh',
    summary: 'Exchange the refresh cookie for a new access token',
    description:
      'Rotates the refresh token and renews the `cloudhub_session` cookie. A reused refresh token revokes every ' +
      'token of its login. A refused refresh clears both cookies.',
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiProblems(401, 429)
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response) {
    try {
      return this.respond(await this.auth.refresh(readRefreshCookie(request)), response);
    } catch (error) {
      clearRefreshCookie(response, this.secureCookies);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiCookieAuth('refresh-cookie')
  @ApiOperation({
    operationId: 'logout',
    summary: 'End the session of the refresh cookie',
    description:
      'Revokes the refresh token and every token rotated from the same login, and clears both cookies ' +
      '(the refresh cookie and `cloudhub_session`).',
  })
  @ApiNoContentResponse({ description: 'Logged out.' })
  @ApiProblems(429)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(readRefreshCookie(request));
    clearRefreshCookie(response, this.secureCookies);
  }

  private respond(session: Session, response: Response): AccessTokenDto {
    setRefreshCookie(response, session.refresh, this.secureCookies);
    response.setHeader('Cache-Control', 'no-store');
    return session.access;
  }
}
