import { Injectable } from '@nestjs/common';
import type { InvitationPreviewDto } from './dto/joining.dto';
import { InvitationLinksRepository } from './invitation-links.repository';

/** What the invitation page shows before anyone logs in or registers. */
@Injectable()
export class InvitationPreviewService {
  constructor(private readonly links: InvitationLinksRepository) {}

  async preview(token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.links.find(token);
    if (!invitation) return { status: 'invalid', reason: 'unknown' };
    const customer = {
      companyName: invitation.companyName,
      customerNumber: invitation.customerNumber,
      invitedBy: invitation.invitedBy && {
        id: invitation.invitedBy.id,
        name: invitation.invitedBy.name,
        email: invitation.invitedBy.email,
      },
    };
    // A link replaced by a resend says so (and whom to ask), unless the invitation has ended anyway.
    if (invitation.replaced && (invitation.status === 'pending' || invitation.status === 'expired')) {
      return { status: 'invalid', reason: 'replaced', ...customer };
    }
    return {
      status: invitation.status,
      ...customer,
      email: invitation.email,
      expiresAt: new Date(invitation.expiresAt).toISOString(),
      ...(invitation.status === 'pending' || invitation.status === 'expired'
        ? { roles: invitation.roles, accountExists: invitation.accountExists }
        : {}),
    };
  }
}
