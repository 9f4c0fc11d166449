import { redirect, type LoaderFunctionArgs } from 'react-router';
import { meQueryOptions } from '../lib/me/get-me';
import { loginPathFor, RETURN_TO_PARAM, safeReturnTo } from '../features/auth/return-to';
import { landingPath } from '../lib/customers/customer-paths';
import { invitationPreviewQueryOptions } from '../features/joining/api/preview-invitation';
import { rememberedInvitationToken, tokenFromHash } from '../features/joining/invitation-token';
import { ApiError } from '../lib/api/api-error';
import { accessTokenSession } from '../lib/session/session';
import { queryClient } from './query-client';

/** Restores the session from the cookie once and loads the user; a redirect to login when that fails. */
async function loginRedirectUnlessLoggedIn(url: URL): Promise<Response | undefined> {
  await accessTokenSession.restore();
  if (!accessTokenSession.token()) return redirect(loginPathFor(url));
  try {
    await queryClient.ensureQueryData(meQueryOptions());
    return undefined;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return redirect(loginPathFor(url));
    throw error;
  }
}

/** Pages behind login render only once the user is known. */
export async function requireSession({ request }: LoaderFunctionArgs): Promise<Response | null> {
  return (await loginRedirectUnlessLoggedIn(new URL(request.url))) ?? null;
}

/** `/`: the user's customer, the chooser, or the login page. */
export async function redirectToLanding({ request }: LoaderFunctionArgs): Promise<Response> {
  const toLogin = await loginRedirectUnlessLoggedIn(new URL(request.url));
  if (toLogin) return toLogin;
  const me = await queryClient.ensureQueryData(meQueryOptions());
  return redirect(landingPath(me.memberships));
}

/** Public pages that adapt to who is logged in (the invitation page): the session is restored, never required. */
async function restoreSessionIfAny(): Promise<null> {
  await accessTokenSession.restore();
  if (accessTokenSession.token()) await queryClient.prefetchQuery(meQueryOptions());
  return null;
}

/**
 * `/invite`: the invitation's preview is asked for beside the page's chunk rather than after it. The token
 * is read from the fragment here (loaders are given the URL without it), as the page itself reads it.
 */
export async function loadInvitationPage(): Promise<null> {
  const token = tokenFromHash(window.location.hash) ?? rememberedInvitationToken();
  if (token) void queryClient.prefetchQuery(invitationPreviewQueryOptions(token));
  return restoreSessionIfAny();
}

/** The login page of someone already logged in (e.g. after Back) goes on as a fresh login would. */
export async function skipLoginWhenLoggedIn({ request }: LoaderFunctionArgs): Promise<Response | null> {
  await accessTokenSession.restore();
  if (!accessTokenSession.token()) return null;
  return redirect(safeReturnTo(new URL(request.url).searchParams.get(RETURN_TO_PARAM)) ?? '/');
}
