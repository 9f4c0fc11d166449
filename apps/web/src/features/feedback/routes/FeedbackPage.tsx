import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Page } from '../../../components/Page';
import { useCurrentCustomer } from '../../../lib/customers/current-customer';
import { FeedbackForm } from '../components/FeedbackForm';

type Step = 'first' | 'sent' | 'next';

export function FeedbackPage() {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  const [step, setStep] = useState<Step>('first');
  const confirmation = useRef<HTMLDivElement>(null);

  // The button that was pressed is gone; the focus follows to what replaced it.
  useEffect(() => {
    if (step === 'sent') confirmation.current?.focus();
  }, [step]);

  return (
    <Page title={t('feedback.title')} intro={t('feedback.intro')}>
      <section className="panel panel--form">
        {step === 'sent' ? (
          <div className="stack" ref={confirmation} tabIndex={-1}>
            <Alert tone="success" title={t('feedback.sentTitle')}>
              {t('feedback.sentText')}
            </Alert>
            <div>
              <Button variant="secondary" onClick={() => setStep('next')}>
                {t('feedback.again')}
              </Button>
            </div>
          </div>
        ) : (
          <FeedbackForm tenantId={customer.tenantId} focusOnMount={step === 'next'} onSent={() => setStep('sent')} />
        )}
      </section>
    </Page>
  );
}
