import { HttpStatus } from '@nestjs/common';
import { ProblemError, tooManyRequests } from '../common/problem';

export enum AuthProblemCode {
  InvalidCredentials = 'invalid_credentials',
  LoginThrottled = 'login_throttled',
  OriginNotAllowed = 'origin_not_allowed',
  RefreshTokenInvalid = 'refresh_token_invalid',
}

declare module '../common/problem' {
  interface ProblemCodes {
    auth: AuthProblemCode;
  }
}

export const invalidCredentials = () =>
  new ProblemError(
    HttpStatus.UNAUTHORIZED,
    AuthProblemCode.InvalidCredentials,
    'Login failed',
    'The e-mail address or the password is not correct.',
  );

export const loginThrottled = (retryAfterSeconds: number) =>
  tooManyRequests(
    AuthProblemCode.LoginThrottled,
    'Too many failed logins from here. Wait for Retry-After seconds before you try again.',
    retryAfterSeconds,
  );

export const originNotAllowed = () =>
  new ProblemError(
    HttpStatus.FORBIDDEN,
    AuthProblemCode.OriginNotAllowed,
    'Origin not allowed',
    'This call uses the session cookies, so it is accepted only from pages of CloudHub itself.',
  );

export const refreshTokenInvalid = () =>
  new ProblemError(
    HttpStatus.UNAUTHORIZED,
    AuthProblemCode.RefreshTokenInvalid,
    'Session ended',
    'Your session has ended. Log in again.',
  );
