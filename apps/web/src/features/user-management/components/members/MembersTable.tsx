import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../../../components/IconButton';
import { formatDate } from '../../../../lib/format';
import { useLanguage } from '../../../../lib/language/use-language';
import type { Member } from '../../api/list-members';

interface MembersTableProps {
  caption: string;
  members: readonly Member[];
  /** The logged-in user, marked "you" in the table. */
  myUserId: string;
  onEditRoles: (member: Member) => void;
  onRemove: (member: Member) => void;
}

export function MembersTable({ caption, members, myUserId, onEditRoles, onRemove }: MembersTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('members.name')}</th>
          <th scope="col">{t('members.email')}</th>
          <th scope="col">{t('members.roles')}</th>
          <th scope="col">{t('members.joined')}</th>
          <th scope="col" className="actions">
            <span className="visually-hidden">{t('userManagement.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member, index) => {
          const nameId = `${id}-${index}`;
          return (
            <tr key={member.userId}>
              <th scope="row">
                <span className="cell-stack">
                  <span id={nameId}>{member.name}</span>
                  <span className="badge-row">
                    {member.isAdmin && <span className="badge badge--info">{t('members.admin')}</span>}
                    {member.userId === myUserId && <span className="badge badge--neutral">{t('members.you')}</span>}
                  </span>
                </span>
              </th>
              <td data-label={t('members.email')} className="break">
                {member.email}
              </td>
              <td data-label={t('members.roles')}>
                {member.roles.length > 0 ? (
                  member.roles.map((role) => role.name).join(', ')
                ) : (
                  <span className="muted">{t('members.noRoles')}</span>
                )}
              </td>
              <td data-label={t('members.joined')}>
                <time dateTime={member.joinedAt}>{formatDate(member.joinedAt, language)}</time>
              </td>
              <td className="actions">
                <div className="row-actions">
                  <IconButton
                    icon="edit"
                    label={t('members.editRoles')}
                    aria-describedby={nameId}
                    onClick={() => onEditRoles(member)}
                  />
                  <IconButton
                    icon="trash"
                    tone="danger"
                    label={t('members.remove')}
                    aria-describedby={nameId}
                    onClick={() => onRemove(member)}
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
