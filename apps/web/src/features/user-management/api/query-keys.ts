import type { Schemas } from '@cloudhub/api-client';

type InvitationStatus = Schemas['InvitationStatus'];
type DeliveryState = Schemas['DeliveryState'];
type InvitationSort = Schemas['InvitationSort'];
type AuditKind = Schemas['AuditKind'];

export interface MemberFilter {
  q: string;
  /** A role's id, or `none`. */
  role: string | undefined;
  sort: Schemas['MemberSort'];
}

export interface InvitationFilter {
  status: InvitationStatus | undefined;
  delivery: DeliveryState | undefined;
  /** A role's id, or `none`. */
  roleId: string | undefined;
  inviterId: string | undefined;
  q: string;
  sort: InvitationSort;
}

/** The filters the counts honour (not status or delivery: the counts are per status and delivery). */
export type InvitationCountFilter = Pick<InvitationFilter, 'roleId' | 'inviterId' | 'q'>;

/** The Activity tab's filters: ids of the actor and of the target (member, invitation or role). */
export interface AuditEventFilter {
  kind: AuditKind | undefined;
  actor: string | undefined;
  target: string | undefined;
}

/**
 * Query keys of one customer's user management. Everything lives below `['tenants', tenantId]`, so a
 * mutation invalidates a whole family (e.g. every filtered page of the invitations) with one prefix.
 */
export const userManagementKeys = {
  roles: (tenantId: string) => ['tenants', tenantId, 'roles'] as const,
  roleList: (tenantId: string) => ['tenants', tenantId, 'roles', 'list'] as const,
  roleImpact: (tenantId: string, roleId: string) => ['tenants', tenantId, 'roles', 'impact', roleId] as const,
  members: (tenantId: string) => ['tenants', tenantId, 'members'] as const,
  memberList: (tenantId: string, filter: MemberFilter) => ['tenants', tenantId, 'members', 'list', filter] as const,
  memberCounts: (tenantId: string, q: string) => ['tenants', tenantId, 'members', 'counts', q] as const,
  member: (tenantId: string, userId: string) => ['tenants', tenantId, 'members', 'one', userId] as const,
  /** The invitations and the quota: sending one changes both. */
  invitations: (tenantId: string) => ['tenants', tenantId, 'invitations'] as const,
  invitationList: (tenantId: string, filter: InvitationFilter) =>
    ['tenants', tenantId, 'invitations', 'list', filter] as const,
  invitationQuota: (tenantId: string) => ['tenants', tenantId, 'invitations', 'quota'] as const,
  invitationCounts: (tenantId: string, filter: InvitationCountFilter) =>
    ['tenants', tenantId, 'invitations', 'counts', filter] as const,
  invitation: (tenantId: string, invitationId: string) =>
    ['tenants', tenantId, 'invitations', 'one', invitationId] as const,
  /** The audit log, which every change above adds to. */
  auditEvents: (tenantId: string) => ['tenants', tenantId, 'audit-events'] as const,
  auditEventList: (tenantId: string, filter: AuditEventFilter) =>
    ['tenants', tenantId, 'audit-events', 'list', filter] as const,
};
