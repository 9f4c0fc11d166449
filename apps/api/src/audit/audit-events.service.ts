import { Injectable } from '@nestjs/common';
import { invalidCursor } from '../common/problem';
import type { Json } from '../database/database.types';
import { oneOf } from '../database/closed-set';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from './audit-actions';
import { AuditEventsRepository, type AuditEventRow } from './audit-events.repository';
import type { AuditEventDto, AuditEventListDto, AuditEventListQueryDto } from './dto/audit-event.dto';
import { PAGE_LIMIT_DEFAULT } from '@cloudhub/validation-limits';

/** A customer's audit log as its admins read it. */
@Injectable()
export class AuditEventsService {
  constructor(private readonly events: AuditEventsRepository) {}

  async list(tenantId: string, query: AuditEventListQueryDto): Promise<AuditEventListDto> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const rows = await this.events.list(tenantId, {
      actor: query.actor,
      target: query.target,
      kind: query.kind,
      beforeId: decodeIdCursor(query.cursor),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    return {
      items: page.map(toAuditEventDto),
      nextCursor: rows.length > limit ? encodeIdCursor(page[page.length - 1].id) : null,
    };
  }
}

const encodeIdCursor = (id: string) => Buffer.from(`e${id}`).toString('base64url');

function decodeIdCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const match = /^e([1-9]\d{0,17})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match) return match[1];
  throw invalidCursor();
}

function toAuditEventDto(row: AuditEventRow): AuditEventDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: oneOf(AUDIT_ACTIONS, row.action),
    actor:
      row.actorId === null || row.actorName === null || row.actorEmail === null
        ? null
        : { id: row.actorId, name: row.actorName, email: row.actorEmail },
    target: { type: oneOf(AUDIT_TARGET_TYPES, row.targetType), id: row.targetId, label: row.targetLabel },
    before: detailsOf(row.before),
    after: detailsOf(row.after),
    ip: row.ip,
  };
}

const detailsOf = (value: Json | null): Record<string, unknown> | unknown[] | null =>
  value !== null && typeof value === 'object' ? value : null;
