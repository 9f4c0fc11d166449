import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PERMISSIONS, type Language } from '@cloudhub/permissions';
import { InvitationsService } from '../invitations/invitations.service';
import { RolesRepository } from '../roles/roles.repository';
import { ADMINISTRATOR_ROLE_NAME } from '../tenants/admin-succession';
import { TenantDirectory } from '../tenants/tenant-directory';

export interface CustomerSetupRequest {
  readonly customerNumber: string;
  readonly companyName: string;
  readonly language: Language;
  readonly adminEmail: string;
  /** Who the invitation e-mail names as the sender: the operator. */
  readonly operator: { readonly name: string; readonly email: string };
}

export type CustomerSetupOutcome =
  | { readonly created: false; readonly tenantId: string }
  | { readonly created: true; readonly tenantId: string; readonly invitationId: string; readonly link: string };

/** The role every customer starts with; PRODUCT.md calls it *Administrator* (everything). */
export const FIRST_ROLE = { name: ADMINISTRATOR_ROLE_NAME, permissions: PERMISSIONS };

/**
 * How a production deployment gets its first customer and admin (there is no demo world there): the
 * customer, its Administrator role and an invitation e-mail to the admin, in one transaction. Idempotent:
 * a customer number that exists changes nothing.
 */
@Injectable()
export class CustomerSetupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tenants: TenantDirectory,
    private readonly roles: RolesRepository,
    private readonly invitations: InvitationsService,
  ) {}

  setUp(request: CustomerSetupRequest): Promise<CustomerSetupOutcome> {
    return this.dataSource.transaction(async (tx) => {
      const tenantId = await this.tenants.create(tx, request);
      if (!tenantId) return { created: false, tenantId: (await this.tenants.idOf(request.customerNumber, tx))! };
      const roleId = await this.roles.insert(tx, tenantId, FIRST_ROLE.name, [...FIRST_ROLE.permissions]);
      const invitation = await this.invitations.inviteFirstAdmin(tx, {
        tenant: { id: tenantId, ...request },
        email: request.adminEmail,
        role: { id: roleId, name: FIRST_ROLE.name },
        operator: request.operator,
      });
      return { created: true, tenantId, invitationId: invitation.id, link: invitation.link };
    });
  }
}
