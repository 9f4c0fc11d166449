import { HttpStatus } from '@nestjs/common';
import { ProblemError, tooManyRequests } from '../common/problem';

export const invalidCredentials = () =>
  new ProblemError(
    HttpStatus.UNAUTHORIZED,
    'invalid_credentials',
    'Login failed',
    'The e-mail address or the password is not correct.',
  );

export const loginThrottled = (retryAfterSeconds: number) =>
  tooManyRequests(
    'login_throttled',
    'Too many failed logins from here. Wait for Retry-After seconds before you try again.',
    retryAfterSeconds,
  );

export const originNotAllowed = () =>
  new ProblemError(
    HttpStatus.FORBIDDEN,
    'origin_not_allowed',
    'Origin not allowed',
    'This call uses the session cookies, so it is accepted only from pages of CloudHub itself.',
  );

export const unauthenticated = () =>
  new ProblemError(
    HttpStatus.UNAUTHORIZED,
    'unauthenticated',
    'Not logged in',
    'Log in to continue: the access token is missing, invalid or expired.',
  );

export const refreshTokenInvalid = () =>
  new ProblemError(
    HttpStatus.UNAUTHORIZED,
    'refresh_token_invalid',
    'Session ended',
    'Your session has ended. Log in again.',
  );
