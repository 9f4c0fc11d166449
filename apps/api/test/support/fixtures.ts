import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Permission } from '@cloudhub/permissions';
import { PasswordHasher } from '../../src/auth/password-hasher';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery staple';

/** An e-mail address no other test uses. */
export const uniqueAddress = (label: string) =>
  `${label}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;

type Tenant = { id: string; customerNumber: string };

/** Builds each test's own customers, roles and people, so tests never depend on one another. */
export class Fixtures {
  private readonly db: DataSource;

  constructor(private readonly testApp: TestApp) {
    this.db = testApp.app.get<DataSource>(getDataSourceToken());
  }

  get dataSource(): DataSource {
    return this.db;
  }

  async tenant(companyName = 'Test Company GmbH'): Promise<Tenant> {
    const customerNumber = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO tenants (customer_number, company_name, language) VALUES ($1, $2, 'en') RETURNING id`,
      [customerNumber, companyName],
    );
    return { id: row.id, customerNumber };
  }

  async role(tenantId: string, permissions: Permission[], name = `Role ${randomUUID().slice(0, 8)}`) {
    const [row]: { id: string }[] = await this.db.query(
      'INSERT INTO roles (tenant_id, name, permissions) VALUES ($1, $2, $3) RETURNING id',
      [tenantId, name, permissions],
    );
    return row.id;
  }

  async user(options: { email?: string; name?: string; language?: 'en' | 'de' } = {}) {
    const email = options.email ?? `user-${randomUUID()}@example.test`;
    const hash = await this.testApp.app.get(PasswordHasher).hash(PASSWORD);
    const [row]: { id: string }[] = await this.db.query(
      'INSERT INTO users (email, name, language, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
      [email, options.name ?? 'Test User', options.language ?? 'en', hash],
    );
    return { id: row.id, email };
  }

  async member(tenantId: string, userId: string, roleIds: string[] = []): Promise<void> {
    await this.db.query('INSERT INTO memberships (tenant_id, user_id) VALUES ($1, $2)', [tenantId, userId]);
    for (const roleId of roleIds) await this.grant(tenantId, userId, roleId);
  }

  async grant(tenantId: string, userId: string, roleId: string): Promise<void> {
    await this.db.query('INSERT INTO membership_roles (tenant_id, user_id, role_id) VALUES ($1, $2, $3)', [
      tenantId,
      userId,
      roleId,
    ]);
  }

  async login(email: string, password = PASSWORD): Promise<string> {
    const response = await this.testApp.http().post('/api/auth/login').send({ email, password }).expect(200);
    return (response.body as { accessToken: string }).accessToken;
  }

  /** A member holding the given permissions, logged in: of `options.tenant`, else of a new customer. */
  async memberWith(permissions: Permission[], options: { tenant?: Tenant; name?: string } = {}) {
    const tenant = options.tenant ?? (await this.tenant());
    const user = await this.user({ name: options.name });
    await this.member(tenant.id, user.id, permissions.length ? [await this.role(tenant.id, permissions)] : []);
    return { tenant, user, token: await this.login(user.email) };
  }
}
