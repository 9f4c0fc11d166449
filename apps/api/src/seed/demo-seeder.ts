import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { CONTENT_AREAS } from '@cloudhub/permissions';
import { PasswordHasher } from '../auth/password-hasher';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { RolesRepository } from '../roles/roles.repository';
import { MembershipsRepository } from '../tenants/memberships.repository';
import { TenantDirectory } from '../tenants/tenant-directory';
import { UsersRepository } from '../users/users.repository';
import { lockForTransaction } from '../database/advisory-lock';
import { typedQueries } from '../database/typed-queries';
import { DEMO_MEMBERS, DEMO_ROLES, DEMO_TENANTS, demoRecords } from './demo-world';

export interface SeedOutcome {
  /** Set only on the start that created the demo world: the credentials are shown once. */
  readonly created?: { readonly email: string; readonly password: string; readonly generated: boolean };
}

const SEED_LOCK = 4_200_042;

/** The demo world, written through the repositories that own its tables (area rows aside, see below). */
@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly users: UsersRepository,
    private readonly tenants: TenantDirectory,
    private readonly roles: RolesRepository,
    private readonly memberships: MembershipsRepository,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  /** Creates the demo world once; a second instance starting at the same moment waits and skips. */
  seedOnce(): Promise<SeedOutcome> {
    return this.dataSource.transaction(async (tx) => {
      await lockForTransaction(tx, SEED_LOCK);
      const anyTenant = await typedQueries(tx).selectFrom('tenants').select('id').limit(1).executeTakeFirst();
      if (anyTenant) return {};
      const generated = this.config.seedAdminPassword === undefined;
      const password = this.config.seedAdminPassword ?? randomBytes(12).toString('base64url');
      await this.createWorld(tx, await this.passwords.hash(password));
      return { created: { email: this.config.seedAdminEmail, password, generated } };
    });
  }

  private async createWorld(tx: EntityManager, passwordHash: string): Promise<void> {
    const admin = await this.users.create(
      { email: this.config.seedAdminEmail, name: 'Alex Admin', language: this.config.defaultLanguage, passwordHash },
      tx,
    );
    const members = [];
    for (const { email, name, language, role } of DEMO_MEMBERS) {
      members.push({ id: (await this.users.create({ email, name, language, passwordHash }, tx)).id, role });
    }
    for (const [index, demo] of DEMO_TENANTS.entries()) {
      const tenantId = await this.tenants.create(tx, demo);
      if (tenantId === undefined) throw new Error(`demo customer ${demo.customerNumber} exists already`);
      const roleIds = new Map<string, string>();
      for (const role of DEMO_ROLES) {
        roleIds.set(role.name, await this.roles.insert(tx, tenantId, role.name, [...role.permissions]));
      }
      const rolesNamed = (name: string | undefined) => {
        const roleId = name === undefined ? undefined : roleIds.get(name);
        return roleId === undefined ? [] : [roleId];
      };
      await this.memberships.add(tx, tenantId, admin.id, rolesNamed('Administrator'));
      // The demo members belong to the first customer only, so the admin alone sees the chooser.
      if (index === 0) {
        for (const member of members) await this.memberships.add(tx, tenantId, member.id, rolesNamed(member.role));
      }
      // Demo content has no writer in the product (the areas only read it): the seeder is its one writer.
      await typedQueries(tx)
        .insertInto('areaRecords')
        .values(
          CONTENT_AREAS.flatMap((area) => demoRecords(area, demo.customerNumber)).map((record) => ({
            ...record,
            tenantId,
          })),
        )
        .execute();
    }
  }
}
