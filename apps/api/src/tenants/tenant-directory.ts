import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ADMIN_PERMISSION, type Language } from '@cloudhub/permissions';

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

/** Who a customer is and who its admins are: the addressees of the e-mails about a customer. */
@Injectable()
export class TenantDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new customer; undefined when the customer number is taken (nothing changed then). */
  async create(
    tx: EntityManager,
    tenant: { customerNumber: string; companyName: string; language: Language },
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO tenants (customer_number, company_name, language) VALUES ($1, $2, $3)
       ON CONFLICT (customer_number) DO NOTHING RETURNING id`,
      [tenant.customerNumber, tenant.companyName, tenant.language],
    );
    return rows[0]?.id;
  }

  async idOf(customerNumber: string, manager?: EntityManager): Promise<string | undefined> {
    const rows: { id: string }[] = await (manager ?? this.dataSource.manager).query(
      'SELECT id FROM tenants WHERE customer_number = $1',
      [customerNumber],
    );
    return rows[0]?.id;
  }

  async profile(tenantId: string, manager?: EntityManager): Promise<TenantProfile> {
    const [row]: TenantProfile[] = await (manager ?? this.dataSource.manager).query(
      `SELECT id, company_name AS "companyName", customer_number AS "customerNumber", language FROM tenants WHERE id = $1`,
      [tenantId],
    );
    return row;
  }

  admins(tenantId: string, manager?: EntityManager): Promise<Person[]> {
    return (manager ?? this.dataSource.manager).query(
      `SELECT DISTINCT u.id, u.name, u.email, u.language
         FROM membership_roles mr JOIN roles r ON r.id = mr.role_id JOIN users u ON u.id = mr.user_id
        WHERE mr.tenant_id = $1 AND $2 = ANY (r.permissions)
        ORDER BY u.email`,
      [tenantId, ADMIN_PERMISSION],
    );
  }
}
