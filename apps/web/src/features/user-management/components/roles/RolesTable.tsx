import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '../../../../components/DataTable';
import { IconButton } from '../../../../components/IconButton';
import { useLanguage } from '../../../../lib/language/use-language';
import type { Role } from '../../api/list-roles';
import { areaLabels } from '../../permission-labels';

interface RolesTableProps {
  caption: string;
  roles: readonly Role[];
  onEdit: (role: Role) => void;
  onDelete: (role: Role) => void;
}

export function RolesTable({ caption, roles, onEdit, onDelete }: RolesTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: DataTableColumn<Role>[] = [
    { header: t('roles.name'), cell: (role, rowId) => <span id={rowId}>{role.name}</span> },
    { header: t('roles.permissions'), cell: (role) => <AreaTags areas={areaLabels(role.permissions, language)} /> },
    { header: t('roles.members'), numeric: true, cell: (role) => role.memberCount },
    { header: t('roles.openInvitations'), numeric: true, cell: (role) => role.openInvitationCount },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={roles}
      rowKey={(role) => role.id}
      actions={(role, rowId) => (
        <>
          <IconButton icon="edit" label={t('roles.edit')} aria-describedby={rowId} onClick={() => onEdit(role)} />
          <IconButton
            icon="trash"
            tone="danger"
            label={t('roles.delete')}
            aria-describedby={rowId}
            onClick={() => onDelete(role)}
          />
        </>
      )}
    />
  );
}

function AreaTags({ areas }: { areas: readonly string[] }) {
  const { t } = useTranslation();
  if (areas.length === 0) return <span className="muted">{t('roles.noPermissions')}</span>;
  return (
    <ul className="tag-list">
      {areas.map((area) => (
        <li key={area} className="tag">
          {area}
        </li>
      ))}
    </ul>
  );
}
