import { createTestApp } from './support/test-app';

describe('instances starting at the same moment', () => {
  it('boot side by side on a fresh database (migrations and job queue take turns)', async () => {
    const apps = await Promise.all([createTestApp(), createTestApp(), createTestApp()]);
    try {
      for (const app of apps) await app.http().get('/api/health').expect(200);
    } finally {
      await Promise.all(apps.map((app) => app.close()));
    }
  });
});
