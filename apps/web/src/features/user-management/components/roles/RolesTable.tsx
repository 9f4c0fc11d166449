import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const id = useId();
  const language = useLanguage();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('roles.name')}</th>
          <th scope="col">{t('roles.permissions')}</th>
          <th scope="col" className="numeric">
            {t('roles.members')}
          </th>
          <th scope="col" className="numeric">
            {t('roles.openInvitations')}
          </th>
          <th scope="col" className="actions">
            <span className="visually-hidden">{t('userManagement.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {roles.map((role, index) => {
          const nameId = `${id}-${index}`;
          const areas = areaLabels(role.permissions, language);
          return (
            <tr key={role.id}>
              <th scope="row" id={nameId}>
                {role.name}
              </th>
              <td data-label={t('roles.permissions')}>
                {areas.length > 0 ? (
                  <ul className="tag-list">
                    {areas.map((area) => (
                      <li key={area} className="tag">
                        {area}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{t('roles.noPermissions')}</span>
                )}
              </td>
              <td data-label={t('roles.members')} className="numeric">
                {role.memberCount}
              </td>
              <td data-label={t('roles.openInvitations')} className="numeric">
                {role.openInvitationCount}
              </td>
              <td className="actions">
                <div className="row-actions">
                  <IconButton
                    icon="edit"
                    label={t('roles.edit')}
                    aria-describedby={nameId}
                    onClick={() => onEdit(role)}
                  />
                  <IconButton
                    icon="trash"
                    tone="danger"
                    label={t('roles.delete')}
                    aria-describedby={nameId}
                    onClick={() => onDelete(role)}
                  />
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
