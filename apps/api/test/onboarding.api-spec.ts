import { Fixtures } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe('FAQs and feedback', () => {
  let api: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await createTestApp();
    fixtures = new Fixtures(api);
  });
  afterAll(() => api.close());

  it('answers the FAQs in the user’s language', async () => {
    const english = await fixtures.user({ language: 'en' });
    const german = await fixtures.user({ language: 'de' });
    const en = await api
      .http()
      .get('/api/faqs')
      .set('Authorization', `Bearer ${await fixtures.login(english.email)}`);
    const de = await api
      .http()
      .get('/api/faqs')
      .set('Authorization', `Bearer ${await fixtures.login(german.email)}`);
    expect(en.status).toBe(200);
    expect(en.body.items[0]).toEqual({
      id: 'what-is-cloudhub',
      question: 'What is CloudHub?',
      answer: expect.any(String),
    });
    expect(de.body.items[0]).toEqual({
      id: 'what-is-cloudhub',
      question: 'Was ist CloudHub?',
      answer: expect.any(String),
    });
    expect(de.body.items).toHaveLength(en.body.items.length);
  });

  it('stores feedback, trimmed, for the member and customer', async () => {
    const { tenant, user, token } = await fixtures.memberWith([]);
    const response = await api
      .http()
      .post(`/api/tenants/${tenant.id}/feedback`)
      .set('Authorization', `Bearer ${token}`)
      .send({ message: '  More dark mode, please.  ' })
      .expect(201);
    const rows: { message: string; user_id: string }[] = await fixtures.dataSource.query(
      'SELECT message, user_id FROM feedback WHERE id = $1 AND tenant_id = $2',
      [response.body.id, tenant.id],
    );
    expect(rows).toEqual([{ message: 'More dark mode, please.', user_id: user.id }]);
  });

  it.each([
    [{ message: '   ' }, 'must not be empty'],
    [{}, 'must not be empty'],
    [{ message: 'x'.repeat(4001) }, 'must be at most 4000 characters'],
    [{ message: 42 }, 'must be text'],
  ])('refuses feedback %j with a field error', async (body, message) => {
    const { tenant, token } = await fixtures.memberWith([]);
    const response = await api
      .http()
      .post(`/api/tenants/${tenant.id}/feedback`)
      .set('Authorization', `Bearer ${token}`)
      .send(body)
      .expect(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'message', message }));
    const [{ count }] = await fixtures.dataSource.query(
      'SELECT count(*)::int AS count FROM feedback WHERE tenant_id = $1',
      [tenant.id],
    );
    expect(count).toBe(0);
  });
});
