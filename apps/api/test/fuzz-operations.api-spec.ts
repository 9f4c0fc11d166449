import fc from 'fast-check';
import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Operation {
  readonly method: Method;
  readonly path: string;
  readonly query: readonly string[];
  readonly hasBody: boolean;
  readonly streams: boolean;
}

interface OpenApiOperation {
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
  responses?: Record<string, { content?: object }>;
}

/** Random calls per operation and caller; the suite stays within a few seconds per caller. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

/** Values that have broken parsers before: wrong types, odd encodings, sizes, injection-shaped text. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '0', '-1', '1e309', 'NaN', 'null', 'true', '[]', '{}', '%00', '%', '%zz', '../..'),
  fc.constantFrom("' OR 1=1 --", '<script>alert(1)</script>', '\u0000', '\ud800', 'x'.repeat(5000)),
  fc.uuid().map(String),
  fc.integer().map(String),
  fc.double().map(String),
  fc.base64String(),
);
/** Well-formed on the outside, wrong inside: cursors of the right shape with any date and id. */
const craftedCursor = fc
  .tuple(
    fc.oneof(
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      nasty,
    ),
    jsonValueOf(nasty),
  )
  .map((pair) => Buffer.from(JSON.stringify(pair)).toString('base64url'));
/** Percent-encodes anything, lone surrogates included (as the UTF-8 of U+FFFD). */
const encode = (value: string): string => {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  }
};
/** Path and query text as a client may send it: encoded, or raw with broken percent escapes. */
const urlText = fc.oneof(nasty.map(encode), fc.constantFrom('%', '%zz', '%E0%A4%A', '%FF', '%2e%2e', '..'));
function jsonValueOf(text: fc.Arbitrary<string>) {
  return fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()), text);
}
const jsonValue = jsonValueOf(nasty);

/**
 * Every operation of the OpenAPI document, called with generated invalid and random paths, queries and
 * bodies, as an admin, a restricted member and anonymously: no answer may be a 5xx, and every error is
 * application/problem+json. A new operation is covered as soon as it is in the document.
 */
describe('every operation with random and invalid input', () => {
  let api: TestApp;
  let operations: Operation[];
  let callers: { name: string; token: string | undefined; tenantId: string }[];

  beforeAll(async () => {
    api = await createTestApp();
    const fixtures = new Fixtures(api);
    const admin = await fixtures.memberWith(['users.manage', 'orders.read']);
    const restricted = await fixtures.memberWith([]);
    callers = [
      { name: 'admin', token: admin.token, tenantId: admin.tenant.id },
      { name: 'restricted member', token: restricted.token, tenantId: restricted.tenant.id },
      { name: 'anonymous', token: undefined, tenantId: admin.tenant.id },
    ];
    const { body } = await api.http().get('/api/openapi.json').expect(200);
    operations = Object.entries(body.paths as Record<string, Record<Method, OpenApiOperation>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          method: method as Method,
          path,
          query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          hasBody: operation.requestBody !== undefined,
          streams: 'text/event-stream' in (operation.responses?.['200']?.content ?? {}),
        })),
    );
  });
  afterAll(() => api.close());

  /** Known ids of the caller's customer, or anything at all, for each `{param}` of the path. */
  const pathOf = (operation: Operation, tenantId: string) =>
    fc
      .tuple(
        ...operation.path
          .split('/')
          .map((segment) => (segment.startsWith('{') ? pathValue(segment, tenantId) : fc.constant(segment))),
      )
      .map((segments) => segments.join('/'));
  const pathValue = (segment: string, tenantId: string) =>
    segment === '{tenantId}' ? fc.oneof(fc.constant(tenantId), urlText) : urlText.map((value) => value || 'x');

  /** Mostly one parameter at a time, so that one bad value is not hidden behind another's refusal. */
  const queryOf = (operation: Operation) => {
    const pair = fc
      .constantFrom(...operation.query, 'unknown')
      .chain((name) =>
        (name === 'cursor' ? fc.oneof(craftedCursor, urlText) : urlText).map((value) => `${name}=${value}`),
      );
    return fc.oneof(
      pair,
      fc.array(pair, { maxLength: 4 }).map((pairs) => pairs.join('&')),
    );
  };

  it.each(['admin', 'restricted member', 'anonymous'])('as %s: never a 5xx, every error a problem', async (name) => {
    const caller = callers.find((candidate) => candidate.name === name)!;
    const failures: string[] = [];
    for (const operation of operations.filter((candidate) => !candidate.streams)) {
      const call = fc.record({
        path: pathOf(operation, caller.tenantId),
        query: operation.query.length > 0 ? queryOf(operation) : fc.constant(''),
        body: operation.hasBody ? jsonValue : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(call, async ({ path, query, body }) => {
          let request = api.http()[operation.method](query ? `${path}?${query}` : path);
          if (caller.token) request = request.set('Authorization', `Bearer ${caller.token}`);
          const response =
            body === undefined
              ? await request
              : await request.set('Content-Type', 'application/json').send(JSON.stringify(body));
          const label = `${operation.method.toUpperCase()} ${path}${query ? `?${query}` : ''} → ${response.status}`;
          if (response.status >= 500) failures.push(`${label}: ${JSON.stringify(response.body)}`);
          if (response.status >= 400 && !/^application\/problem\+json/.test(response.headers['content-type'] ?? '')) {
            failures.push(`${label}: ${response.headers['content-type']}`);
          }
          return failures.length === 0;
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
  });
});
