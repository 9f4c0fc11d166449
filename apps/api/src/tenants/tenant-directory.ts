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

  async profile(tenantId: string, manager?: EntityManager): Promise<TenantProfile> {
    const row = await typedQueries(manager ?? this.dataSource)
      .selectFrom('tenants')
      .select(['id', 'companyName', 'customerNumber', 'language'])
      .where('id', '=', tenantId)
      .executeTakeFirstOrThrow();
    return { ...row, language: oneOf(LANGUAGES, row.language) };
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
