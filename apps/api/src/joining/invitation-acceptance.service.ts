import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { checkPassword } from '@cloudhub/password-policy';
import { AuditLog } from '../audit/audit-log';
import { unauthenticated } from '../access/access.errors';
import { PasswordHasher } from '../auth/password-hasher';
import type { RuntimeConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { MailOutbox } from '../mail/mail-outbox';
import { AdminInvariant } from '../tenants/admin-invariant';
import { MembershipsRepository } from '../tenants/memberships.repository';
import { UsersRepository } from '../users/users.repository';
import type { AcceptedInvitationDto, RegisterThroughInvitationDto } from './dto/joining.dto';
import { InvitationLinksRepository, type LinkedInvitation } from './invitation-links.repository';
import { accountExists, invitationEmailMismatch, linkNotUsable, passwordTooWeak } from './joining.errors';

const UNIQUE_VIOLATION = '23505';
const SUPPORT_EMAIL = 'support@cloudhub.example';

/**
 * Joining a customer through a link: by logging in (accept) or by creating the account (register).
 * Each is one transaction on the invitation's locked row, so a link is used at most once, always for
 * the invited address, with the invitation's roles as they are at that moment.
 */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly links: InvitationLinksRepository,
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditLog,
    private readonly admins: AdminInvariant,
    private readonly memberships: MembershipsRepository,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  async accept(userId: string, token: string): Promise<AcceptedInvitationDto> {
    return this.inCustomerOf(token, userId, async (tx) => {
      const invitation = await this.usable(tx, token);
      const user = await this.users.findById(userId, tx);
      if (!user) throw unauthenticated();
      // Never into the wrong account, and a mismatch does not use the invitation up.
      if (user.email.toLowerCase() !== invitation.email.toLowerCase()) throw invitationEmailMismatch(invitation.email);
      await this.join(tx, invitation, userId);
      return accepted(invitation);
    });
  }

  /** Creates the account for the invited address (never one from the request) and joins. */
  async register(body: RegisterThroughInvitationDto): Promise<{ userId: string; joined: AcceptedInvitationDto }> {
    const peek = await this.links.find(body.token);
    if (!peek) throw linkNotUsable('invalid');
    const verdict = checkPassword(body.password, {
      email: peek.email,
      companyNames: [peek.companyName],
      name: body.name,
    });
    if (!verdict.acceptable) throw passwordTooWeak(verdict);
    const passwordHash = await this.passwords.hash(body.password);
    try {
      return await this.inCustomerOf(body.token, null, async (tx) => {
        const invitation = await this.usable(tx, body.token);
        if (await this.users.emailTaken(invitation.email, tx)) throw accountExists();
        const language = body.language ?? invitation.language;
        const user = await this.users.create({ email: invitation.email, name: body.name, language, passwordHash }, tx);
        await this.join(tx, invitation, user.id);
        await this.outbox.enqueue(tx, {
          kind: 'welcome',
          to: invitation.email,
          language,
          variables: {
            name: body.name,
            companyName: invitation.companyName,
            customerNumber: invitation.customerNumber,
            loginUrl: `${this.config.appUrl}/login`,
            faqUrl: `${this.config.appUrl}/c/${invitation.customerNumber}/faqs`,
            supportEmail: SUPPORT_EMAIL,
          },
        });
        return { userId: user.id, joined: accepted(invitation) };
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw accountExists();
      throw error;
    }
  }

  /**
   * Joining is a change of rights: it takes its turn with the customer's other changes, so an inviter's
   * authority cannot end between the check and the join.
   */
  private async inCustomerOf<T>(token: string, actorId: string | null, work: (tx: EntityManager) => Promise<T>) {
    const peek = await this.links.find(token);
    if (!peek) throw linkNotUsable('invalid');
    return this.admins.change({ tenantId: peek.tenantId, actorId }, work);
  }

  private async usable(tx: EntityManager, token: string): Promise<LinkedInvitation> {
    const invitation = await this.links.find(token, { tx, lock: true });
    if (!invitation || (invitation.replaced && invitation.status !== 'accepted' && invitation.status !== 'revoked')) {
      throw linkNotUsable('invalid');
    }
    if (invitation.status !== 'pending') throw linkNotUsable(invitation.status);
    return invitation;
  }

  private async join(tx: EntityManager, invitation: LinkedInvitation, userId: string): Promise<void> {
    // The invitation's roles as they are now: deleted ones are gone, edited ones grant what they grant now.
    await this.memberships.add(
      tx,
      invitation.tenantId,
      userId,
      invitation.roles.map((role) => role.id),
    );
    await this.invitations.markAccepted(tx, invitation.id, userId);
    await this.audit.record(tx, {
      tenantId: invitation.tenantId,
      actorId: userId,
      action: 'invitation.accepted',
      targetType: 'invitation',
      targetId: invitation.id,
      targetLabel: invitation.email,
      after: { invitedBy: invitation.invitedBy?.id ?? null },
    });
    await this.audit.record(tx, {
      tenantId: invitation.tenantId,
      actorId: userId,
      action: 'member.joined',
      targetType: 'member',
      targetId: userId,
      targetLabel: invitation.email,
      after: { invitationId: invitation.id, roles: invitation.roles.map(({ id, name }) => ({ id, name })) },
    });
  }
}

const accepted = (invitation: LinkedInvitation): AcceptedInvitationDto => ({
  tenantId: invitation.tenantId,
  customerNumber: invitation.customerNumber,
  companyName: invitation.companyName,
});
