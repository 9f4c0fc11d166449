import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type AuditAction =
  | 'role.created'
  | 'role.updated'
  | 'role.deleted'
  | 'member.roles_changed'
  | 'member.removed'
  | 'member.joined'
  | 'member.left';

export interface AuditEvent {
  readonly tenantId: string;
  readonly actorId: string;
  readonly action: AuditAction;
  readonly targetType: 'role' | 'member';
  readonly targetId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Writes an audit event inside the caller's transaction, so the change and its record stand or fall together. */
@Injectable()
export class AuditLog {
  async record(tx: EntityManager, event: AuditEvent): Promise<void> {
    await tx.query(
      `INSERT INTO audit_events (tenant_id, actor_id, action, target_type, target_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        event.tenantId,
        event.actorId,
        event.action,
        event.targetType,
        event.targetId,
        event.before === undefined ? null : JSON.stringify(event.before),
        event.after === undefined ? null : JSON.stringify(event.after),
      ],
    );
  }
}
