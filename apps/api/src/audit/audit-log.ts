import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { typedQueries } from '../database/typed-queries';
import type { AuditAction, AuditTargetType, ExportedTable, HandoverReason } from './audit-actions';

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
  /**
   * Where it came from, for security events: the client's address; why, for a role change that made a
   * successor admin when the last admin left or gave up the rights.
   */
  readonly context?: { readonly ip?: string; readonly handover?: HandoverReason };
}

/** A security event of one account, recorded in every customer the account is a member of. */
export interface AccountEvent {
  readonly userId: string;
  readonly action: Extract<AuditAction, `login.${string}` | `session.${string}`>;
  readonly after?: unknown;
  readonly context?: { readonly ip?: string };
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** A CSV export of one of the customer's tables, with the filters and order it was asked with. */
export interface ExportEvent {
  readonly tenantId: string;
  readonly actorId: string;
  readonly companyName: string;
  readonly table: ExportedTable;
  readonly selection: Readonly<Record<string, string | undefined>>;
}

/** Writes audit events inside the caller's transaction, so the change and its record stand or fall together. */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Who took a copy of the customer's people (names and e-mail addresses) out of CloudHub: recorded before the
   * first line is sent, on its own, since an export changes nothing to stand or fall with.
   */
  async recordExport(event: ExportEvent): Promise<void> {
    await this.record(this.dataSource.manager, {
      tenantId: event.tenantId,
      actorId: event.actorId,
      action: 'customer.exported',
      targetType: 'customer',
      targetId: event.tenantId,
      targetLabel: event.companyName,
      after: { table: event.table, ...event.selection },
    });
  }

  async record(tx: EntityManager, event: AuditEvent): Promise<void> {
    await typedQueries(tx)
      .insertInto('auditEvents')
      .values({
        tenantId: event.tenantId,
        actorId: event.actorId,
        action: event.action,
        targetType: event.targetType,
        targetId: event.targetId,
        targetLabel: event.targetLabel ?? null,
        before: json(event.before),
        after: json(event.after),
        context: json(event.context),
      })
      .execute();
  }

  /** The account's own event (a login, a revoked session) in each of its customers' logs, in one statement. */
  async recordForAccount(tx: EntityManager, event: AccountEvent): Promise<void> {
    await typedQueries(tx)
      .insertInto('auditEvents')
      .columns(['tenantId', 'actorId', 'action', 'targetType', 'targetId', 'targetLabel', 'after', 'context'])
      .expression((eb) =>
        eb
          .selectFrom('memberships as m')
          .innerJoin('users as u', 'u.id', 'm.userId')
          .select([
            'm.tenantId',
            'u.id',
            eb.val(event.action).as('action'),
            eb.val('member').as('targetType'),
            'u.id as targetId',
            'u.email',
            eb.val(json(event.after)).as('after'),
            eb.val(json(event.context)).as('context'),
          ])
          .where('m.userId', '=', event.userId),
      )
      .execute();
  }
}
