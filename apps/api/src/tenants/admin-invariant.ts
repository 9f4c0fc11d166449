import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ADMIN_PERMISSION } from '@cloudhub/permissions';
import { typedQueries } from '../database/typed-queries';
import { lastAdmin } from './tenants.errors';

/** Who changes rights in which customer; no actor when someone joins with a new account. */
export interface RightsChange {
  readonly tenantId: string;
  readonly actorId: string | null;
}

/** Told, inside the change's transaction, who no longer holds `users.manage` after it. */
export type AuthorityLostHook = (tx: EntityManager, change: RightsChange, formerAdminIds: string[]) => Promise<void>;

/**
 * "A customer never loses its last admin", and "authority ends with its holder". Every change of rights in
 * a customer runs through `change()`: one transaction that first locks the customer's row (so concurrent
 * changes in one customer take turns), makes the change, then compares the admins before and after: it
 * rolls everything back if none is left, and hands those who lost `users.manage` to the hooks (their open
 * invitations are revoked in the same transaction).
 */
@Injectable()
export class AdminInvariant {
  private readonly hooks: AuthorityLostHook[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onAuthorityLost(hook: AuthorityLostHook): void {
    this.hooks.push(hook);
  }

  change<T>(change: RightsChange, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      await typedQueries(tx).selectFrom('tenants').select('id').where('id', '=', change.tenantId).forUpdate().execute();
      const adminsBefore = await this.adminIds(tx, change.tenantId);
      const result = await work(tx);
      const adminsAfter = new Set(await this.adminIds(tx, change.tenantId));
      if (adminsBefore.length > 0 && adminsAfter.size === 0) throw lastAdmin();
      const former = adminsBefore.filter((id) => !adminsAfter.has(id));
      if (former.length > 0) for (const hook of this.hooks) await hook(tx, change, former);
      return result;
    });
  }

  private async adminIds(tx: EntityManager, tenantId: string): Promise<string[]> {
    const rows = await typedQueries(tx)
      .selectFrom('membershipRoles as mr')
      .innerJoin('roles as r', 'r.id', 'mr.roleId')
      .select('mr.userId')
      .distinct()
      .where('mr.tenantId', '=', tenantId)
      .where((eb) => eb(eb.val<string>(ADMIN_PERMISSION), '=', eb.fn.any('r.permissions')))
      .execute();
    return rows.map((row) => row.userId);
  }
}
