import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Permission } from '@cloudhub/permissions';
import { PERMISSIONS_OF_MEMBERSHIP, ROLES_OF_MEMBERSHIP } from '../tenants/membership-sql';

export interface MemberRow {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly roles: { id: string; name: string }[];
  readonly permissions: Permission[];
  readonly joinedAt: Date;
}

const MEMBER = `
  SELECT m.user_id AS "userId", u.name, u.email, m.joined_at AS "joinedAt",
         ${ROLES_OF_MEMBERSHIP} AS roles,
         ${PERMISSIONS_OF_MEMBERSHIP} AS permissions
    FROM memberships m JOIN users u ON u.id = m.user_id`;

@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest members first, keyset-paged on (joined_at, user_id). */
  list(
    tenantId: string,
    options: { q?: string; after?: { at: Date; id: string }; limit: number },
  ): Promise<MemberRow[]> {
    return this.dataSource.query(
      `${MEMBER}
        WHERE m.tenant_id = $1
          AND ($2::text IS NULL OR u.name ILIKE $2 OR u.email ILIKE $2)
          AND ($3::timestamptz IS NULL OR (m.joined_at, m.user_id) < ($3, $4::uuid))
        ORDER BY m.joined_at DESC, m.user_id DESC
        LIMIT $5`,
      [
        tenantId,
        options.q ? `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
        options.after?.at ?? null,
        options.after?.id ?? null,
        options.limit,
      ],
    );
  }

  async find(tenantId: string, userId: string, manager?: EntityManager): Promise<MemberRow | undefined> {
    const rows: MemberRow[] = await (manager ?? this.dataSource.manager).query(
      `${MEMBER} WHERE m.tenant_id = $1 AND m.user_id = $2`,
      [tenantId, userId],
    );
    return rows[0];
  }
}
