import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('bad input gets a clear problem, never a 500', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<Fixtures['memberWith']>>;

  beforeAll(async () => {
    testApp = await createTestApp();
    admin = await new Fixtures(testApp).memberWith(['users.manage']);
  });
  afterAll(() => testApp.close());

  const expectProblem = (response: { status: number; headers: Record<string, string>; body: { code?: string } }) => {
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    return response;
  };
  const invitations = () => `/api/tenants/${admin.tenant.id}/invitations`;

  it('a body over the limit answers 413', async () => {
    const response = await testApp
      .http()
      .post(invitations())
      .set('Authorization', `Bearer ${admin.token}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@example.test', roleIds: [], padding: 'x'.repeat(2 * 1024 * 1024) }));
    expect(expectProblem(response).status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('malformed JSON answers 400 malformed_json', async () => {
    const response = await testApp
      .http()
      .post(invitations())
      .set('Authorization', `Bearer ${admin.token}`)
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(expectProblem(response).status).toBe(400);
    expect(response.body.code).toBe('malformed_json');
  });

  it.each([
    ['text/plain', 'email=a@example.test'],
    ['application/x-www-form-urlencoded', 'email=a%40example.test'],
    ['application/json; charset=latin1', '{"email":"a@example.test","roleIds":[]}'],
  ])('a %s body answers 415', async (type, body) => {
    const response = await testApp
      .http()
      .post(invitations())
      .set('Authorization', `Bearer ${admin.token}`)
      .set('Content-Type', type)
      .send(body);
    expect(expectProblem(response).status).toBe(415);
    expect(response.body.code).toBe('unsupported_media_type');
  });

  it.each(['invitations', 'members'])('a crafted cursor on the %s list answers 400 with the field', async (list) => {
    const cursor = encode(['2026-12-01T10:00:00Z', "x' OR 1=1"]);
    const response = await testApp
      .http()
      .get(`/api/tenants/${admin.tenant.id}/${list}?cursor=${cursor}`)
      .set('Authorization', `Bearer ${admin.token}`);
    expect(expectProblem(response).status).toBe(400);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'cursor' }] });
  });

  it.each(['limit=abc', 'limit=0', 'limit=100000', 'status=gone', 'q=' + 'x'.repeat(1000)])(
    'the query %s answers 400',
    async (query) => {
      const response = await testApp
        .http()
        .get(`${invitations()}?${query}`)
        .set('Authorization', `Bearer ${admin.token}`);
      expect(expectProblem(response).status).toBe(400);
    },
  );

  it.each(['members', 'invitations'])('a NUL character in the %s search answers 400, not 500', async (list) => {
    const response = await testApp
      .http()
      .get(`/api/tenants/${admin.tenant.id}/${list}?q=a%00b`)
      .set('Authorization', `Bearer ${admin.token}`);
    expect(expectProblem(response).status).toBe(400);
    expect(response.body.code).toBe('invalid_value');
  });

  it('a NUL character in a body value answers 400', async () => {
    const response = await testApp
      .http()
      .patch('/api/me')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ name: 'Nul\u0000Name' });
    expect(expectProblem(response).status).toBe(400);
  });
});
