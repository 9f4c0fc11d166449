import { createApiClient } from '@cloudhub/api-client';
import { createAuthMiddleware } from '../session/auth-middleware';
import { accessTokenSession } from '../session/session';

/** The one client every feature calls the API with. */
export const api = createApiClient({ middleware: [createAuthMiddleware(accessTokenSession)] });
