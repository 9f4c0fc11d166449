import { customerPath } from '../../../../lib/customers/customer-paths';
import type { AuditEvent } from '../../api/list-audit-events';
import { linkedMemberParams } from '../../members-params';
import { invitationParams, linkedInvitationParams } from '../../user-management-params';

export interface ActivityLink {
  /** What the link shows, for its text. */
  shows: 'member' | 'invitation' | 'role';
  /** The address or role name it shows. */
  name: string;
  to: string;
}

/**
 * Where an entry's member, invitation or role can be seen now: the Users tab showing that member, the
 * Invitations tab showing that invitation (or saying what became of it) or, once revoked, searching for its
 * address among the revoked ones; the Roles page. None for someone who has gone (removed, left) or when the log does not know the name.
 */
export function activityLink(event: AuditEvent, customerNumber: string): ActivityLink | undefined {
  const name = event.target.label;
  if (!name) return undefined;
  const users = (params: URLSearchParams) => `${customerPath(customerNumber, 'users')}?${params.toString()}`;
  // Removed or left: there is no one to show any more.
  if (event.action === 'member.removed' || event.action === 'member.left') return undefined;
  // Accepted: the invitation is gone, and the one who accepted it (the actor) is a member now.
  if (event.action === 'invitation.accepted' && event.actor) {
    return { shows: 'member', name, to: users(linkedMemberParams(event.actor.id)) };
  }
  // Revoked: among the revoked ones, where it says who revoked it and why, and can be sent again.
  if (event.action === 'invitation.revoked') {
    return { shows: 'invitation', name, to: users(invitationParams(name, 'revoked')) };
  }
  switch (event.target.type) {
    case 'member':
      return { shows: 'member', name, to: users(linkedMemberParams(event.target.id)) };
    case 'invitation':
      return { shows: 'invitation', name, to: users(linkedInvitationParams(event.target.id)) };
    case 'role':
      return event.action === 'role.deleted'
        ? undefined
        : { shows: 'role', name, to: customerPath(customerNumber, 'roles') };
    case 'customer':
      // The entry says what changed; the customer itself is the page being looked at.
      return undefined;
  }
}
