import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { typedQueries } from '../database/typed-queries';
import type { AuditKind } from './audit-actions';

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
  list(tenantId: string, filter: AuditEventFilter) {
    let query = typedQueries(this.dataSource)
      .selectFrom('auditEvents as e')
      .leftJoin('users as u', 'u.id', 'e.actorId')
      .select([
        sql<string>`e.id::text`.as('id'),
        'e.createdAt as at',
        'e.action',
        'u.id as actorId',
        'u.name as actorName',
        'u.email as actorEmail',
        'e.targetType',
        'e.targetId',
        'e.targetLabel',
        'e.before',
        'e.after',
        sql<string | null>`e.context->>'ip'`.as('ip'),
      ])
      .where('e.tenantId', '=', tenantId)
      .orderBy('e.id', 'desc')
      .limit(filter.limit);
    if (filter.actor) query = query.where('e.actorId', '=', filter.actor);
    if (filter.target) query = query.where('e.targetId', '=', filter.target);
    if (filter.kind) query = query.where('e.action', 'like', `${filter.kind}.%`);
    if (filter.beforeId) query = query.where('e.id', '<', filter.beforeId);
    return query.execute();
  }
}

export type AuditEventRow = Awaited<ReturnType<AuditEventsRepository['list']>>[number];
