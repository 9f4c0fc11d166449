import type { TFunction } from 'i18next';
import type { DataTableColumn } from '../../../../components/DataTable';
import type { InvitationSortColumn } from '../../user-management-params';
import type { Invitation } from '../../api/list-invitations';
import { RoleNames } from '../RoleNames';

/** The roles and inviter columns, the same in the open and the revoked invitations. */
export function rolesAndInviterColumns(t: TFunction): DataTableColumn<Invitation>[] {
  return [
    {
      header: t('invitations.roles'),
      cell: (invitation) => <RoleNames roles={invitation.roles} none={t('invitations.noRoles')} />,
    },
    {
      header: t('invitations.invitedBy'),
      cell: (invitation) =>
        invitation.invitedBy ? (
          invitation.invitedBy.name
        ) : (
          <span className="muted">{t('invitations.inviterGone')}</span>
        ),
    },
  ];
}

/** The sort of a column's header: how the rows are ordered by it now, and what pressing it asks for. */
export type SortableColumn = (column: InvitationSortColumn) => DataTableColumn<Invitation>['sort'];
