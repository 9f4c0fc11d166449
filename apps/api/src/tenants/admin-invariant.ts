import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ADMIN_PERMISSION } from '@cloudhub/permissions';
import { ProblemError } from '../common/problem';

export const lastAdmin = () =>
  new ProblemError(
    HttpStatus.CONFLICT,
    'last_admin',
    'A customer needs an admin',
    'This would leave the customer without an admin. Make someone else admin first.',
  );

/**
 * "A customer never loses its last admin." Every change of rights in a customer runs through
 * `change()`: one transaction that first locks the customer's row (so concurrent changes in one customer
 * take turns), makes the change, then counts the admins left and rolls everything back if it took the last.
 */
@Injectable()
export class AdminInvariant {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  change<T>(tenantId: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM tenants WHERE id = $1 FOR UPDATE', [tenantId]);
      const adminsBefore = await this.countAdmins(tx, tenantId);
      const result = await work(tx);
      if (adminsBefore > 0 && (await this.countAdmins(tx, tenantId)) === 0) throw lastAdmin();
      return result;
    });
  }

  private async countAdmins(tx: EntityManager, tenantId: string): Promise<number> {
    const [{ admins }]: { admins: number }[] = await tx.query(
      `SELECT count(DISTINCT mr.user_id)::int AS admins
         FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
        WHERE mr.tenant_id = $1 AND $2 = ANY (r.permissions)`,
      [tenantId, ADMIN_PERMISSION],
    );
    return admins;
  }
}
