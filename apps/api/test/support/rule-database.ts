import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Permission } from '@cloudhub/permissions';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { databaseOfThisFile } from './test-app';

/**
 * For database-backed tests beside a rule's file (`*.db-spec.ts`): this test file's own database, cloned from
 * the run's migrated template, and the few rows a rule needs, written straight in SQL.
 */
export class RuleDatabase {
  private constructor(readonly dataSource: DataSource) {}

  static async open(): Promise<RuleDatabase> {
    const templateUrl = process.env.TEST_DATABASE_URL;
    if (!templateUrl) throw new Error('TEST_DATABASE_URL is not set: run through jest (global setup)');
    const dataSource = new DataSource(dataSourceOptions(await databaseOfThisFile(templateUrl), 8));
    await dataSource.initialize();
    return new RuleDatabase(dataSource);
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }

  async tenant(): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO tenants (customer_number, company_name, language) VALUES ($1, 'Rule Test GmbH', 'en') RETURNING id`,
      [String(1_000_000 + Math.floor(Math.random() * 8_999_999))],
    );
    return row.id;
  }

  async role(tenantId: string, permissions: Permission[]): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      'INSERT INTO roles (tenant_id, name, permissions) VALUES ($1, $2, $3) RETURNING id',
      [tenantId, `Role ${randomUUID().slice(0, 8)}`, permissions],
    );
    return row.id;
  }

  async member(tenantId: string, roleIds: string[] = []): Promise<string> {
    const [user]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO users (email, name, language, password_hash) VALUES ($1, 'Rule Person', 'en', 'x') RETURNING id`,
      [`rule-${randomUUID()}@example.test`],
    );
    await this.dataSource.query('INSERT INTO memberships (tenant_id, user_id) VALUES ($1, $2)', [tenantId, user.id]);
    for (const roleId of roleIds) {
      await this.dataSource.query('INSERT INTO membership_roles (tenant_id, user_id, role_id) VALUES ($1, $2, $3)', [
        tenantId,
        user.id,
        roleId,
      ]);
    }
    return user.id;
  }

  async rolesOf(tenantId: string, userId: string): Promise<string[]> {
    const rows: { roleId: string }[] = await this.dataSource.query(
      'SELECT role_id AS "roleId" FROM membership_roles WHERE tenant_id = $1 AND user_id = $2 ORDER BY role_id',
      [tenantId, userId],
    );
    return rows.map((row) => row.roleId);
  }
}
