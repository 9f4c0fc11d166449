import { areasFor } from '@cloudhub/permissions';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/language/use-language';
import type { InvitationPreview } from '../api/preview-invitation';
import { InviterContact } from './InviterContact';

/** What the invitation gives: the customer, the invited address, who invited, the roles and their areas. */
export function InvitationSummary({ preview }: { preview: InvitationPreview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const rolesId = useId();
  const roles = preview.roles ?? [];
  const areas = areasFor(roles.flatMap((role) => role.permissions));

  return (
    <section className="panel invitation-summary" aria-labelledby={headingId}>
      <div className="invitation-summary__customer">
        <Icon name="building" className="invitation-summary__icon" />
        <div>
          <h2 id={headingId} className="invitation-summary__company">
            {preview.companyName}
          </h2>
          <p className="muted">{t('shell.customerNumber', { number: preview.customerNumber })}</p>
        </div>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('joining.invitedAddress')}</dt>
          <dd className="facts__value--address">{preview.email}</dd>
        </div>
        <div>
          <dt>{t('joining.invitedBy')}</dt>
          <dd>{preview.invitedBy ? <InviterContact inviter={preview.invitedBy} /> : t('joining.inviterUnknown')}</dd>
        </div>
        {preview.expiresAt && (
          <div>
            <dt>{t('joining.validUntil')}</dt>
            <dd>{formatDateTime(preview.expiresAt, language)}</dd>
          </div>
        )}
      </dl>
      <div className="invitation-summary__group">
        <h3 id={rolesId}>{t('joining.rolesTitle')}</h3>
        {roles.length === 0 ? (
          <p className="muted">{t('joining.noRoles')}</p>
        ) : (
          <ul className="role-tags" aria-labelledby={rolesId}>
            {roles.map((role) => (
              <li key={role.id} className="role-tags__tag">
                {role.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      {roles.length > 0 && (
        <div className="invitation-summary__group">
          <h3>{t('joining.areasTitle')}</h3>
          {areas.length === 0 ? (
            <p className="muted">{t('joining.noAreas')}</p>
          ) : (
            <ul className="area-list">
              {areas.map((area) => (
                <li key={area.key} className="area-list__item">
                  <Icon name={area.key} className="area-list__icon" />
                  <span>
                    <span className="area-list__title">{area.label[language]}</span>
                    <span className="area-list__text">{area.description[language]}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
