import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { CONTENT_AREAS } from '@cloudhub/permissions';
import { AreaRecordEntity } from '../../areas/area-record.entity';
import { PasswordHasher } from '../../auth/password-hasher';
import type { RuntimeConfig } from '../../config/app-config';
import { InjectConfig } from '../../config/config.module';
import { RoleEntity } from '../../roles/role.entity';
import { MembershipEntity } from '../../tenants/membership.entity';
import { TenantEntity } from '../../tenants/tenant.entity';
import { UserEntity } from '../../users/user.entity';
import { DEMO_MEMBERS, DEMO_ROLES, DEMO_TENANTS, demoRecords } from './demo-world';

export interface SeedOutcome {
  /** Set only on the start that created the demo world: the credentials are shown once. */
  readonly created?: { readonly email: string; readonly password: string; readonly generated: boolean };
}

const SEED_LOCK = 4_200_042;

@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  /** Creates the demo world once; a second instance starting at the same moment waits and skips. */
  seedOnce(): Promise<SeedOutcome> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if ((await tx.count(TenantEntity)) > 0) return {};
      const generated = this.config.seedAdminPassword === undefined;
      const password = this.config.seedAdminPassword ?? randomBytes(12).toString('base64url');
      await this.createWorld(tx, await this.passwords.hash(password));
      return { created: { email: this.config.seedAdminEmail, password, generated } };
    });
  }

  private async createWorld(tx: EntityManager, passwordHash: string): Promise<void> {
    const admin = await tx.save(UserEntity, {
      email: this.config.seedAdminEmail,
      name: 'Alex Admin',
      language: this.config.defaultLanguage,
      passwordHash,
    });
    const members = await tx.save(
      UserEntity,
      DEMO_MEMBERS.map(({ email, name, language }) => ({ email, name, language, passwordHash })),
    );
    for (const [index, demo] of DEMO_TENANTS.entries()) {
      const tenant = await tx.save(TenantEntity, { ...demo });
      const roles = await tx.save(
        RoleEntity,
        DEMO_ROLES.map((role) => ({ tenantId: tenant.id, name: role.name, permissions: [...role.permissions] })),
      );
      const roleId = (name: string) => roles.find((role) => role.name === name)?.id;
      await this.addMember(tx, tenant.id, admin.id, roleId('Administrator'));
      // The demo members belong to the first customer only, so the admin alone sees the chooser.
      if (index === 0) {
        for (const [memberIndex, member] of members.entries()) {
          const role = DEMO_MEMBERS[memberIndex].role;
          await this.addMember(tx, tenant.id, member.id, role ? roleId(role) : undefined);
        }
      }
      await tx.insert(
        AreaRecordEntity,
        CONTENT_AREAS.flatMap((area) => demoRecords(area, demo.customerNumber)).map((record) => ({
          ...record,
          tenantId: tenant.id,
        })),
      );
    }
  }

  private async addMember(tx: EntityManager, tenantId: string, userId: string, roleId: string | undefined) {
    await tx.insert(MembershipEntity, { tenantId, userId });
    if (roleId) {
      await tx.query('INSERT INTO membership_roles (tenant_id, user_id, role_id) VALUES ($1, $2, $3)', [
        tenantId,
        userId,
        roleId,
      ]);
    }
  }
}
