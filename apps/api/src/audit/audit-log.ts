import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditTargetType } from './audit-actions';

export interface AuditEvent {
  readonly tenantId: string;
  /** Null when the system acted on its own (e.g. revoked an invitation whose inviter lost their rights). */
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly targetType: AuditTargetType;
  readonly targetId: string;
  /** What the target was called at the time (an e-mail address, a role's name), kept when it goes away. */
  readonly targetLabel?: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** Where it came from, for security events: the client's address. */
  readonly context?: { readonly ip?: string };
}

/** A security event of one account, recorded in every customer the account is a member of. */
export interface AccountEvent {
  readonly userId: string;
  readonly action: Extract<AuditAction, `login.${string}` | `session.${string}`>;
  readonly after?: unknown;
  readonly context?: { readonly ip?: string };
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Writes audit events inside the caller's transaction, so the change and its record stand or fall together. */
@Injectable()
export class AuditLog {
  async record(tx: EntityManager, event: AuditEvent): Promise<void> {
    await tx.query(
      `INSERT INTO audit_events (tenant_id, actor_id, action, target_type, target_id, target_label, before, after, context)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        event.tenantId,
        event.actorId,
        event.action,
        event.targetType,
        event.targetId,
        event.targetLabel ?? null,
        json(event.before),
        json(event.after),
        json(event.context),
      ],
    );
  }

  /** The account's own event (a login, a revoked session) in each of its customers' logs, in one statement. */
  async recordForAccount(tx: EntityManager, event: AccountEvent): Promise<void> {
    await tx.query(
      `INSERT INTO audit_events (tenant_id, actor_id, action, target_type, target_id, target_label, after, context)
       SELECT m.tenant_id, u.id, $2, 'member', u.id, u.email, $3, $4
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.user_id = $1`,
      [event.userId, event.action, json(event.after), json(event.context)],
    );
  }
}
