import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { serialiseOpenApiDocument } from '../src/openapi/openapi-document';
import { createTestApp, type TestApp } from './support/test-app';

describe('platform', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ devMailbox: true });
  });
  afterAll(() => api.close());

  it('reports liveness and database readiness', async () => {
    const response = await api.http().get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI document, identical to the committed libs/api-client/openapi.json', async () => {
    const response = await api.http().get('/api/openapi.json').expect(200);
    const committed = readFileSync(join(__dirname, '../../../libs/api-client/openapi.json'), 'utf8');
    expect(JSON.parse(serialiseOpenApiDocument(response.body))).toEqual(JSON.parse(committed));
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('serves Swagger UI', async () => {
    const response = await api.http().get('/api/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger-ui');
  });

  it('sends security headers, no-referrer and no X-Powered-By', async () => {
    const response = await api.http().get('/api/health');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps CORS closed unless origins are configured', async () => {
    const response = await api.http().get('/api/health').set('Origin', 'https://evil.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers unknown API paths with problem details', async () => {
    const response = await api.http().get('/api/does-not-exist').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, code: 'not_found', type: expect.stringMatching(/^https:/) });
  });

  it('answers malformed JSON with a problem, not a stack trace', async () => {
    const response = await api
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(response.body.code).toBe('malformed_json');
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('captures mail sent to the dev SMTP server and lists it newest first, filtered by recipient', async () => {
    const transport = createTransport({ url: api.config.smtpUrl, ignoreTLS: true });
    const to = `Captured-${Date.now()}@Example.test`;
    await transport.sendMail({
      from: 'CloudHub <no-reply@cloudhub.example>',
      to,
      subject: 'First',
      text: 'one',
      html: '<p>one</p>',
    });
    await transport.sendMail({ from: 'CloudHub <no-reply@cloudhub.example>', to, subject: 'Second', text: 'two' });
    const response = await api
      .http()
      .get(`/api/dev/mailbox?to=${encodeURIComponent(to.toUpperCase())}`)
      .expect(200);
    expect(response.body.map((message: { subject: string }) => message.subject)).toEqual(['Second', 'First']);
    expect(response.body[1]).toMatchObject({
      from: '"CloudHub" <no-reply@cloudhub.example>',
      to: [to.toLowerCase()],
      text: 'one',
      html: '<p>one</p>',
      messageId: expect.stringMatching(/^<.+>$/),
    });
  });
});

describe('without the capture SMTP server', () => {
  it('has no dev mailbox', async () => {
    const api = await createTestApp({ devMailbox: false });
    try {
      await api.http().get('/api/dev/mailbox').expect(404);
    } finally {
      await api.close();
    }
  });
});
