import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { PRODUCT_DOCUMENTS, VENDOR_WEBSITE } from '../resources';

export function ResourceLinks() {
  const { t } = useTranslation();
  return (
    <ul className="link-list">
      <li>
        <a className="link-list__link" href={VENDOR_WEBSITE} target="_blank" rel="noopener noreferrer">
          <Icon name="external" className="link-list__icon" />
          <span>
            <span className="link-list__title">
              {t('home.vendorWebsite')} <span className="visually-hidden">{t('home.newTab')}</span>
            </span>
            <span className="link-list__meta">{t('home.vendorWebsiteText')}</span>
          </span>
        </a>
      </li>
      {PRODUCT_DOCUMENTS.map((document) => (
        <li key={document.key}>
          <a className="link-list__link" href={document.href} type="application/pdf">
            <Icon name="documents" className="link-list__icon" />
            <span>
              <span className="link-list__title">{t(`home.${document.key}`)}</span>
              <span className="link-list__meta">{t('home.pdf', { size: document.size })}</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
