import { Injectable } from '@nestjs/common';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { MailOutbox } from '../mail/mail-outbox';
import { TenantDirectory } from '../tenants/tenant-directory';
import type { RenewalRequestedDto } from './dto/joining.dto';
import { InvitationLinksRepository } from './invitation-links.repository';
import { invitationNotExpired, linkNotUsable, renewalAlreadyRequested } from './joining.errors';

/** Once per this long per invitation, so that an expired link cannot be used to flood an admin. */
const RENEWAL_INTERVAL_SECONDS = 3600;

/**
 * "Ask for a new link" on the expired page: marks the invitation and e-mails the admin who sent it (or,
 * when that person is no longer an admin there, every admin), who resends with one click.
 */
@Injectable()
export class InvitationRenewalService {
  constructor(
    private readonly links: InvitationLinksRepository,
    private readonly invitations: InvitationsRepository,
    private readonly directory: TenantDirectory,
    private readonly outbox: MailOutbox,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  request(token: string): Promise<RenewalRequestedDto> {
    return this.links.transaction(async (tx) => {
      const invitation = await this.links.find(token, { tx, lock: true });
      if (!invitation || invitation.replaced) throw linkNotUsable('invalid');
      if (invitation.status === 'pending') throw invitationNotExpired();
      if (invitation.status !== 'expired') throw linkNotUsable(invitation.status);
      if (invitation.renewalRequestedAt) {
        const wait = RENEWAL_INTERVAL_SECONDS - (Date.now() - new Date(invitation.renewalRequestedAt).getTime()) / 1000;
        if (wait > 0) throw renewalAlreadyRequested(wait);
      }
      const renewalRequestedAt = await this.invitations.markRenewalRequested(tx, invitation.id);
      const admins = await this.directory.admins(invitation.tenantId, tx);
      const inviter = admins.find((admin) => admin.id === invitation.invitedBy?.id);
      for (const admin of inviter ? [inviter] : admins) {
        await this.outbox.enqueue(tx, {
          kind: 'renewal-request',
          to: admin.email,
          language: admin.language,
          variables: {
            adminName: admin.name,
            inviteeEmail: invitation.email,
            companyName: invitation.companyName,
            customerNumber: invitation.customerNumber,
            invitationsUrl: `${this.config.appUrl}/c/${invitation.customerNumber}/users?tab=invitations&invitation=${invitation.id}`,
          },
        });
      }
      return {
        renewalRequestedAt: renewalRequestedAt.toISOString(),
        askedAdmin: inviter ? { id: inviter.id, name: inviter.name, email: inviter.email } : null,
      };
    });
  }
}
