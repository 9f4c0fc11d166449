import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '../../../../components/DataTable';
import { IconButton } from '../../../../components/IconButton';
import { formatDate } from '../../../../lib/format';
import { useLanguage } from '../../../../lib/language/use-language';
import type { Member } from '../../api/list-members';
import { memberSortOf, nextMemberSort, type MemberSort, type MemberSortColumn } from '../../members-params';
import { RoleNames } from '../RoleNames';

interface MembersTableProps {
  caption: string;
  members: readonly Member[];
  /** The logged-in user, marked "you" in the table. */
  myUserId: string;
  onEditRoles: (member: Member) => void;
  onRemove: (member: Member) => void;
  /** The order, and what a sortable header asks for; none: the headers are plain (one linked member). */
  sorting?: { sort: MemberSort; onSort: (sort: MemberSort) => void };
  /** The member a link led to: the row is marked and focusable. */
  highlightedId?: string;
}

export function MembersTable({
  caption,
  members,
  myUserId,
  onEditRoles,
  onRemove,
  sorting,
  highlightedId,
}: MembersTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sortBy = (column: MemberSortColumn): DataTableColumn<Member>['sort'] =>
    sorting && {
      direction: memberSortOf(sorting.sort, column),
      onSort: () => sorting.onSort(nextMemberSort(sorting.sort, column)),
    };
  const columns: DataTableColumn<Member>[] = [
    {
      header: t('members.name'),
      sort: sortBy('name'),
      cell: (member, rowId) => (
        <span className="cell-stack">
          <span id={rowId}>{member.name}</span>
          <span className="badge-row">
            {member.isAdmin && <span className="badge badge--info">{t('members.admin')}</span>}
            {member.userId === myUserId && <span className="badge badge--neutral">{t('members.you')}</span>}
          </span>
        </span>
      ),
    },
    { header: t('members.email'), className: 'break', cell: (member) => member.email },
    { header: t('members.roles'), cell: (member) => <RoleNames roles={member.roles} none={t('members.noRoles')} /> },
    {
      header: t('members.joined'),
      sort: sortBy('joined'),
      cell: (member) => <time dateTime={member.joinedAt}>{formatDate(member.joinedAt, language)}</time>,
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={members}
      rowKey={(member) => member.userId}
      highlightedKey={highlightedId}
      actions={(member, rowId) => (
        <>
          <IconButton
            icon="edit"
            label={t('members.editRoles')}
            aria-describedby={rowId}
            onClick={() => onEditRoles(member)}
          />
          <IconButton
            icon="trash"
            tone="danger"
            label={t('members.remove')}
            aria-describedby={rowId}
            onClick={() => onRemove(member)}
          />
        </>
      )}
    />
  );
}
