import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ADMIN_PERMISSION, LANGUAGES, type Language } from '@cloudhub/permissions';
import { oneOf } from '../database/closed-set';
import { typedQueries } from '../database/typed-queries';

export interface TenantProfile {
  readonly id: string;
  readonly companyName: string;
  readonly customerNumber: string;
  readonly language: Language;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly language: Language;
}

/**
 * Who a customer is and who its admins are: the addressees of the e-mails about a customer. The one writer
 * of `tenants`.
 */
@Injectable()
export class TenantDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A new customer; undefined when the customer number is taken (nothing changed then). */
  async create(
    tx: EntityManager,
    tenant: { customerNumber: string; companyName: string; language: Language },
  ): Promise<string | undefined> {
    const row = await typedQueries(tx)
      .insertInto('tenants')
      .values({
        customerNumber: tenant.customerNumber,
        companyName: tenant.companyName,
        language: tenant.language,
      })
      .onConflict((conflict) => conflict.column('customerNumber').doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id;
  }

  async idOf(customerNumber: string, manager?: EntityManager): Promise<string | undefined> {
    const row = await typedQueries(manager ?? this.dataSource)
      .selectFrom('tenants')
      .select('id')
      .where('customerNumber', '=', customerNumber)
      .executeTakeFirst();
    return row?.id;
  }

  async profile(
    tenantId: string,
    manager?: EntityManager,
    { forUpdate = false }: { forUpdate?: boolean } = {},
  ): Promise<TenantProfile> {
    const query = typedQueries(manager ?? this.dataSource)
      .selectFrom('tenants')
      .select(['id', 'companyName', 'customerNumber', 'language'])
      .where('id', '=', tenantId);
    const row = await (forUpdate ? query.forUpdate() : query).executeTakeFirstOrThrow();
    return { ...row, language: oneOf(LANGUAGES, row.language) };
  }

  /** Sets what an admin may change about the customer; answers it before and after. */
  async updateSettings(
    tx: EntityManager,
    tenantId: string,
    settings: { language: Language },
  ): Promise<{ before: TenantProfile; after: TenantProfile }> {
    // Locked first, so two admins changing it at once record each other's value as "before".
    const before = await this.profile(tenantId, tx, { forUpdate: true });
    const row = await typedQueries(tx)
      .updateTable('tenants')
      .set({ language: settings.language })
      .where('id', '=', tenantId)
      .returning(['id', 'companyName', 'customerNumber', 'language'])
      .executeTakeFirstOrThrow();
    return { before, after: { ...row, language: oneOf(LANGUAGES, row.language) } };
  }

  async admins(tenantId: string, manager?: EntityManager): Promise<Person[]> {
    const rows = await typedQueries(manager ?? this.dataSource)
      .selectFrom('membershipRoles as mr')
      .innerJoin('roles as r', 'r.id', 'mr.roleId')
      .innerJoin('users as u', 'u.id', 'mr.userId')
      .select(['u.id', 'u.name', 'u.email', 'u.language'])
      .distinct()
      .where('mr.tenantId', '=', tenantId)
      .where((eb) => eb(eb.val<string>(ADMIN_PERMISSION), '=', eb.fn.any('r.permissions')))
      .orderBy('u.email')
      .execute();
    return rows.map((row) => ({ ...row, language: oneOf(LANGUAGES, row.language) }));
  }
}
