import { createApiClient } from '@cloudhub/api-client';
import { describe, expect, it, vi } from 'vitest';
import { problemResponse } from '../../test-support/problem-response';
import { createAccessTokenSession } from './access-token-session';
import { createAuthMiddleware } from './auth-middleware';

const ME = { id: 'u1', email: 'a@example.com', name: 'A', language: 'en', memberships: [] };

/** A fake API that accepts one bearer token at a time and records what it was sent. */
function fakeApi(validToken: string) {
  const state = { validToken, requests: [] as { url: string; authorization: string | null; body: string }[] };
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    state.requests.push({
      url: new URL(request.url).pathname,
      authorization: request.headers.get('Authorization'),
      body: await request.text(),
    });
    if (request.url.endsWith('/api/auth/login')) return problemResponse(401, { code: 'invalid_credentials' });
    if (request.headers.get('Authorization') !== `Bearer ${state.validToken}`) {
      return problemResponse(401, { code: 'unauthenticated' });
    }
    return Response.json(ME);
  });
  return { state, fetch };
}

function setUp({ token, refreshTo }: { token: string | undefined; refreshTo: string | undefined }) {
  const api = fakeApi('fresh');
  const requestNewToken = vi.fn(() => Promise.resolve(refreshTo));
  const session = createAccessTokenSession(requestNewToken);
  if (token) session.start(token);
  const ended = vi.fn();
  session.onEnd(ended);
  const client = createApiClient({
    baseUrl: 'http://api.test',
    fetch: api.fetch,
    middleware: [createAuthMiddleware(session)],
  });
  return { api, client, session, requestNewToken, ended };
}

describe('createAuthMiddleware', () => {
  it('sends the access token as a bearer token', async () => {
    const { api, client, requestNewToken } = setUp({ token: 'fresh', refreshTo: undefined });
    const { data } = await client.GET('/api/me');
    expect(data).toEqual(ME);
    expect(api.state.requests[0]?.authorization).toBe('Bearer fresh');
    expect(requestNewToken).not.toHaveBeenCalled();
  });

  it('refreshes once after a 401 and sends the same request again, body included', async () => {
    const { api, client, session, requestNewToken } = setUp({ token: 'expired', refreshTo: 'fresh' });
    const { data, error } = await client.PATCH('/api/me', { body: { name: 'Bea' } });
    expect(error).toBeUndefined();
    expect(data).toEqual(ME);
    expect(requestNewToken).toHaveBeenCalledTimes(1);
    expect(session.token()).toBe('fresh');
    expect(api.state.requests).toEqual([
      { url: '/api/me', authorization: 'Bearer expired', body: '{"name":"Bea"}' },
      { url: '/api/me', authorization: 'Bearer fresh', body: '{"name":"Bea"}' },
    ]);
  });

  it('shares one refresh among calls refused at the same time', async () => {
    const { client, requestNewToken } = setUp({ token: 'expired', refreshTo: 'fresh' });
    const answers = await Promise.all([client.GET('/api/me'), client.GET('/api/faqs'), client.GET('/api/me')]);
    expect(answers.map((answer) => answer.response.status)).toEqual([200, 200, 200]);
    expect(requestNewToken).toHaveBeenCalledTimes(1);
  });

  it('uses a token refreshed meanwhile instead of refreshing again', async () => {
    const { api, client, session, requestNewToken } = setUp({ token: 'expired', refreshTo: 'unused' });
    api.fetch.mockImplementationOnce(() => {
      session.start('fresh');
      return Promise.resolve(problemResponse(401, { code: 'unauthenticated' }));
    });
    const { response } = await client.GET('/api/me');
    expect(response.status).toBe(200);
    expect(requestNewToken).not.toHaveBeenCalled();
  });

  it('ends the session as expired when the refresh fails', async () => {
    const { client, session, ended } = setUp({ token: 'expired', refreshTo: undefined });
    const { error, response } = await client.GET('/api/me');
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: 'unauthenticated' });
    expect(session.token()).toBeUndefined();
    expect(ended).toHaveBeenCalledWith('expired');
  });

  it('leaves the auth endpoints alone: a wrong password is not an expired session', async () => {
    const { api, client, requestNewToken, ended } = setUp({ token: 'fresh', refreshTo: 'other' });
    const { error } = await client.POST('/api/auth/login', { body: { email: 'a@example.com', password: 'x' } });
    expect(error).toMatchObject({ code: 'invalid_credentials' });
    expect(api.state.requests[0]?.authorization).toBeNull();
    expect(requestNewToken).not.toHaveBeenCalled();
    expect(ended).not.toHaveBeenCalled();
  });
});
