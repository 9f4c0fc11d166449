import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuditAction, AuditKind, AuditTargetType } from './audit-actions';

export interface AuditEventRow {
  readonly id: string;
  readonly at: Date;
  readonly action: AuditAction;
  readonly actor: { id: string; name: string; email: string } | null;
  readonly targetType: AuditTargetType;
  readonly targetId: string;
  readonly targetLabel: string | null;
  readonly before: Record<string, unknown> | unknown[] | null;
  readonly after: Record<string, unknown> | unknown[] | null;
  readonly ip: string | null;
}

export interface AuditEventFilter {
  readonly actor?: string;
  readonly target?: string;
  readonly kind?: AuditKind;
  /** The id of the last entry of the previous page. */
  readonly beforeId?: string;
  readonly limit: number;
}

/** Reads a customer's audit log; `AuditLog` is its only writer, and nothing changes an entry. */
@Injectable()
export class AuditEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paged on the id, which grows with every entry. */
  list(tenantId: string, filter: AuditEventFilter): Promise<AuditEventRow[]> {
    return this.dataSource.query(
      `SELECT e.id::text AS id, e.created_at AS at, e.action,
              CASE WHEN u.id IS NULL THEN NULL
                   ELSE json_build_object('id', u.id, 'name', u.name, 'email', u.email) END AS actor,
              e.target_type AS "targetType", e.target_id AS "targetId", e.target_label AS "targetLabel",
              e.before, e.after, e.context->>'ip' AS ip
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.tenant_id = $1
          AND ($2::uuid IS NULL OR e.actor_id = $2)
          AND ($3::uuid IS NULL OR e.target_id = $3)
          AND ($4::text IS NULL OR e.action LIKE $4 || '.%')
          AND ($5::bigint IS NULL OR e.id < $5)
        ORDER BY e.id DESC
        LIMIT $6`,
      [
        tenantId,
        filter.actor ?? null,
        filter.target ?? null,
        filter.kind ?? null,
        filter.beforeId ?? null,
        filter.limit,
      ],
    );
  }
}
