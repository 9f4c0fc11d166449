import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Language, Permission } from '@cloudhub/permissions';
import { PERMISSIONS_OF_MEMBERSHIP, ROLES_OF_MEMBERSHIP } from './membership-sql';

export interface MembershipSummary {
  readonly tenantId: string;
  readonly customerNumber: string;
  readonly companyName: string;
  readonly language: Language;
  readonly joinedAt: Date;
  readonly tourDoneAt: Date | null;
  readonly permissions: Permission[];
  readonly roles: { id: string; name: string }[];
}

@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's permissions in a customer, or undefined when they are not a member. */
  async findPermissions(tenantId: string, userId: string): Promise<Permission[] | undefined> {
    const rows: { permissions: Permission[] }[] = await this.dataSource.query(
      `SELECT ${PERMISSIONS_OF_MEMBERSHIP} AS permissions
         FROM memberships m WHERE m.tenant_id = $1 AND m.user_id = $2`,
      [tenantId, userId],
    );
    return rows[0]?.permissions;
  }

  async listForUser(userId: string): Promise<MembershipSummary[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.id AS "tenantId", t.customer_number AS "customerNumber", t.company_name AS "companyName",
              t.language, m.joined_at AS "joinedAt", m.tour_done_at AS "tourDoneAt",
              ${PERMISSIONS_OF_MEMBERSHIP} AS permissions,
              ${ROLES_OF_MEMBERSHIP} AS roles
         FROM memberships m
         JOIN tenants t ON t.id = m.tenant_id
        WHERE m.user_id = $1
        ORDER BY t.customer_number`,
      [userId],
    );
    return rows as unknown as MembershipSummary[];
  }
}
