import type { IconName } from '../../../../components/Icon';
import type { AuditAction, AuditKind } from '../../api/list-audit-events';

/** The part of an action before the dot: what the kind filter chooses. */
export function kindOf(action: AuditAction): AuditKind {
  const kind = action.slice(0, action.indexOf('.'));
  return KIND_ICONS[kind as AuditKind] ? (kind as AuditKind) : 'member';
}

export const KIND_ICONS: Readonly<Record<AuditKind, IconName>> = {
  invitation: 'mail',
  member: 'users',
  role: 'roles',
  access: 'feedback',
  customer: 'building',
  login: 'lock',
  session: 'shield',
};
