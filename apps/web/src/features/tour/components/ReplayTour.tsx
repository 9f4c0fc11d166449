import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { errorMessage } from '../../../lib/api/error-message';
import { useLanguage } from '../../../lib/language/use-language';
import { usableAreas } from '../../../lib/area-pages';
import { useCurrentCustomer } from '../../../lib/customers/current-customer';
import { useSetTourState } from '../api/set-tour-state';

/** Settings: the welcome tour once more (members without rights have nothing to tour). */
export function ReplayTour() {
  const { t } = useTranslation();
  const language = useLanguage();
  const membership = useCurrentCustomer();
  const setTour = useSetTourState();
  const headingId = useId();
  if (usableAreas(membership.permissions).length === 0) return null;
  return (
    <section className="panel panel--form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tour.settingsTitle')}</h2>
      <p>{t('tour.replayText', { company: membership.companyName })}</p>
      {setTour.isError && <Alert tone="error">{errorMessage(setTour.error, t, language)}</Alert>}
      <div>
        <Button
          variant="secondary"
          icon="refresh"
          loading={setTour.isPending}
          loadingLabel={t('tour.replaying')}
          onClick={() => setTour.mutate({ tenantId: membership.tenantId, done: false })}
        >
          {t('tour.replay')}
        </Button>
      </div>
    </section>
  );
}
