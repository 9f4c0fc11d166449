import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Icon } from '../../../components/Icon';
import { accessEndedFrom } from '../access-ended';

/** On the page the user lands on after their access to a customer ended: which one, and why. */
export function AccessEndedNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const ended = accessEndedFrom(location.state);
  if (!ended) return null;
  const values = { company: ended.companyName, number: ended.customerNumber };
  return (
    <div role="status" className="alert alert--info access-ended">
      <Icon name="info" className="alert__icon" />
      <p className="alert__body">
        {ended.kind === 'left' ? t('accessEnded.left', values) : t('accessEnded.removed', values)}
      </p>
      <button
        type="button"
        className="icon-button alert__dismiss"
        onClick={() => void navigate({ pathname: location.pathname, search: location.search }, { replace: true })}
      >
        <Icon name="close" />
        <span className="visually-hidden">{t('dialog.dismiss')}</span>
      </button>
    </div>
  );
}
