import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Icon } from '../../../components/Icon';
import { useLanguage } from '../../../lib/language/use-language';
import { usableAreas } from '../../../lib/area-pages';
import type { Membership } from '../../../lib/me/get-me';
import { customerPath } from '../../../lib/customers/customer-paths';
import { useSetTourState } from '../api/set-tour-state';

const HIGHLIGHT = 'tour-highlight';

/** Marks the area's entry in the sidebar while its step is shown (where the sidebar is visible). */
function useSidebarHighlight(path: string | undefined): void {
  useEffect(() => {
    if (!path) return undefined;
    const link = document.querySelector<HTMLElement>(`nav a[href="${CSS.escape(path)}"]`);
    link?.classList.add(HIGHLIGHT);
    return () => link?.classList.remove(HIGHLIGHT);
  }, [path]);
}

/**
 * The welcome tour: shown while the server says it is pending for this membership (the first visit after
 * the member got rights, or a replay), over the areas this member can use and no others. Skip, Esc and
 * Finish all end it for good, on every device.
 */
export function WelcomeTour({ membership }: { membership: Membership }) {
  if (!membership.tourPending || usableAreas(membership.permissions).length === 0) return null;
  return <Tour membership={membership} />;
}

function Tour({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const textId = useId();
  const setTour = useSetTourState();
  const areas = usableAreas(membership.permissions);
  const [step, setStep] = useState(0);
  const total = areas.length + 1;
  const area = step > 0 ? areas[step - 1] : undefined;
  const last = step === total - 1;
  useSidebarHighlight(area && customerPath(membership.customerNumber, area.path));

  const end = () => setTour.mutate({ tenantId: membership.tenantId, done: true });

  return (
    <Dialog title={t('tour.title')} onClose={end} describedBy={textId}>
      <div className="tour stack">
        <p className="tour__progress" role="status">
          {t('tour.progress', { step: step + 1, total })}
        </p>
        <div id={textId} className="tour__step">
          {area ? (
            <>
              <Icon name={area.key} className="tour__icon" />
              <div className="stack tour__text">
                <h3>{area.label[language]}</h3>
                <p>{area.description[language]}</p>
                <p className="muted">{t('tour.where', { area: area.label[language] })}</p>
              </div>
            </>
          ) : (
            <>
              <Icon name="home" className="tour__icon" />
              <div className="stack tour__text">
                <h3>{t('tour.welcomeTitle', { company: membership.companyName })}</h3>
                <p>{t('tour.welcomeText', { count: areas.length })}</p>
                <ul className="tour__overview">
                  {areas.map((item) => (
                    <li key={item.key}>{item.label[language]}</li>
                  ))}
                </ul>
              </div>
            </>
          )}
        </div>
        <div className="dialog__actions tour__actions">
          <Button variant="quiet" onClick={end}>
            {t('tour.skip')}
          </Button>
          {step > 0 && (
            <Button variant="secondary" onClick={() => setStep(step - 1)}>
              {t('tour.back')}
            </Button>
          )}
          <Button data-autofocus onClick={last ? end : () => setStep(step + 1)}>
            {last ? t('tour.finish') : t('tour.next')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
