import { Injectable } from '@nestjs/common';
import { isRestricted, isTourPending } from '@cloudhub/permissions';
import { unauthenticated } from '../access/access.errors';
import { MembershipsRepository, type MembershipSummary } from '../tenants/memberships.repository';
import type { MeDto, MyMembershipDto } from './dto/me.dto';
import type { UpdateMeDto } from './dto/update-me.dto';
import { UsersRepository } from '../users/users.repository';

@Injectable()
export class MeService {
  constructor(
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
  ) {}

  async describe(userId: string): Promise<MeDto> {
    const account = await this.memberships.describeAccount(userId);
    // A token can outlive its account; such a caller is treated as logged out.
    if (!account) throw unauthenticated();
    return {
      id: account.id,
      email: account.email,
      name: account.name,
      language: account.language,
      memberships: account.memberships.map(toMembershipDto),
    };
  }

  async update(userId: string, changes: UpdateMeDto): Promise<MeDto> {
    await this.users.updateProfile(userId, changes);
    return this.describe(userId);
  }
}

function toMembershipDto(membership: MembershipSummary): MyMembershipDto {
  const restricted = isRestricted(membership.permissions);
  return {
    tenantId: membership.tenantId,
    customerNumber: membership.customerNumber,
    companyName: membership.companyName,
    permissions: membership.permissions,
    roles: membership.roles,
    restricted,
    tourPending: isTourPending(membership.permissions, membership.tourDoneAt),
    joinedAt: new Date(membership.joinedAt).toISOString(),
  };
}
