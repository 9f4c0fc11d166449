export const ACCESS_TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_ISSUER = 'cloudhub-access';
export const ACCESS_TOKEN_AUDIENCE = 'cloudhub-api';
export const REFRESH_COOKIE = 'cloudhub_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
