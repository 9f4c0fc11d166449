import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Permission } from '@cloudhub/permissions';

export interface RoleRow {
  readonly id: string;
  readonly name: string;
  readonly permissions: Permission[];
  readonly memberCount: number;
  readonly openInvitationCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const ROLE_WITH_COUNTS = `
  SELECT r.id, r.name, r.permissions, r.created_at AS "createdAt", r.updated_at AS "updatedAt",
         (SELECT count(*)::int FROM membership_roles mr WHERE mr.role_id = r.id) AS "memberCount",
         (SELECT count(*)::int FROM invitation_roles ir JOIN invitations i ON i.id = ir.invitation_id
           WHERE ir.role_id = r.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL) AS "openInvitationCount"
    FROM roles r`;

@Injectable()
export class RolesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(tenantId: string): Promise<RoleRow[]> {
    return this.dataSource.query(`${ROLE_WITH_COUNTS} WHERE r.tenant_id = $1 ORDER BY lower(r.name)`, [tenantId]);
  }

  async find(tenantId: string, roleId: string, manager?: EntityManager): Promise<RoleRow | undefined> {
    const rows: RoleRow[] = await (manager ?? this.dataSource.manager).query(
      `${ROLE_WITH_COUNTS} WHERE r.tenant_id = $1 AND r.id = $2`,
      [tenantId, roleId],
    );
    return rows[0];
  }

  async nameTaken(tx: EntityManager, tenantId: string, name: string, exceptRoleId?: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      'SELECT 1 FROM roles WHERE tenant_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3',
      [tenantId, name, exceptRoleId ?? null],
    );
    return rows.length > 0;
  }

  async insert(tx: EntityManager, tenantId: string, name: string, permissions: Permission[]): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      'INSERT INTO roles (tenant_id, name, permissions) VALUES ($1, $2, $3) RETURNING id',
      [tenantId, name, permissions],
    );
    return row.id;
  }

  async update(tx: EntityManager, roleId: string, changes: { name?: string; permissions?: Permission[] }) {
    await tx.query(
      `UPDATE roles SET name = COALESCE($2, name), permissions = COALESCE($3, permissions), updated_at = now()
        WHERE id = $1`,
      [roleId, changes.name ?? null, changes.permissions ?? null],
    );
  }

  async delete(tx: EntityManager, roleId: string): Promise<void> {
    await tx.query('DELETE FROM roles WHERE id = $1', [roleId]);
  }

  /** The ids of those that belong to the customer. */
  async existing(tenantId: string, roleIds: readonly string[], manager?: EntityManager): Promise<string[]> {
    if (roleIds.length === 0) return [];
    const rows: { id: string }[] = await (manager ?? this.dataSource.manager).query(
      'SELECT id FROM roles WHERE tenant_id = $1 AND id = ANY($2::uuid[])',
      [tenantId, roleIds],
    );
    return rows.map((row) => row.id);
  }
}
