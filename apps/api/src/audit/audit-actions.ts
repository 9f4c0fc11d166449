/** Everything the audit log records: every change of rights and every security event. */
export const AUDIT_ACTIONS = [
  'invitation.created',
  'invitation.resent',
  'invitation.revoked',
  'invitation.accepted',
  'member.joined',
  'member.roles_changed',
  'member.removed',
  'member.left',
  'role.created',
  'role.updated',
  'role.deleted',
  'access.requested',
  'customer.settings_changed',
  'customer.exported',
  'login.succeeded',
  'login.failed',
  'session.reuse_revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The part before the dot: what the Activity page filters by. */
export const AUDIT_KINDS = ['invitation', 'member', 'role', 'access', 'customer', 'login', 'session'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_TARGET_TYPES = ['invitation', 'member', 'role', 'customer'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** What a CSV export (`customer.exported`) read: who works for the customer, or whom it invited. */
export const EXPORTED_TABLES = ['members', 'invitations'] as const;
export type ExportedTable = (typeof EXPORTED_TABLES)[number];

/** Why an invitation was revoked: an admin deleted it, or its inviter's authority ended. */
export const REVOKE_REASONS = ['deleted', 'inviter_removed', 'inviter_left', 'inviter_lost_rights'] as const;
export type RevokeReason = (typeof REVOKE_REASONS)[number];

/** Why a member was made admin by a hand-over: their predecessor, the last admin, left or gave up the rights. */
export const HANDOVER_REASONS = ['left', 'gave_up_admin'] as const;
export type HandoverReason = (typeof HANDOVER_REASONS)[number];
