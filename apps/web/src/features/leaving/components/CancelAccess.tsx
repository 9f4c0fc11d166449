import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Dialog } from '../../../components/Dialog';
import { FormField } from '../../../components/FormField';
import { meQueryKey, useMe, type Me, type Membership } from '../../../lib/me/get-me';
import { landingPath } from '../../../lib/customers/customer-paths';
import { useCurrentCustomer } from '../../../lib/customers/current-customer';
import { ApiError } from '../../../lib/api/api-error';
import { accessEndedState, markLeaving, unmarkLeaving } from '../access-ended';
import { useLeaveCustomer } from '../api/leave-customer';
import { HandOverDialog } from './HandOverDialog';

/** `successor`: the last admin of the chosen customer names who takes over before leaving. */
type Step = 'closed' | 'choose' | 'confirm' | 'successor';

const UNMARK_AFTER_MS = 5_000;

/**
 * Settings → Cancel access to a customer number: pick the number, then confirm in a second dialog (either
 * can be cancelled). The last admin of the customer (the API refuses with `last_admin`) then chooses who
 * takes over. Afterwards the user goes where login would take them with the customers left.
 */
export function CancelAccess() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const current = useCurrentCustomer();
  const leave = useLeaveCustomer();
  const formId = useId();
  const headingId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const [step, setStep] = useState<Step>('closed');
  const [tenantId, setTenantId] = useState(current.tenantId);
  const chosen = me.memberships.find((membership) => membership.tenantId === tenantId);

  const open = () => {
    leave.reset();
    setTenantId(current.tenantId);
    setStep('choose');
  };
  const close = () => setStep('closed');

  const goOn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen) setStep('confirm');
  };

  /** Where login would take the user with the customers left: the chooser, the one Home, or nothing. */
  const goOnWithout = async (left: Membership) => {
    const remaining = me.memberships.filter((membership) => membership.tenantId !== left.tenantId);
    const ended = { kind: 'left', companyName: left.companyName, customerNumber: left.customerNumber } as const;
    await navigate(landingPath(remaining), { replace: true, state: accessEndedState(ended) });
    queryClient.setQueryData<Me>(meQueryKey, { ...me, memberships: remaining });
    // The router shows the new page in a transition, after this update: until it has, the page of the
    // customer just left must not take the update for a removal (and go elsewhere with another notice).
    setTimeout(() => unmarkLeaving(left.tenantId), UNMARK_AFTER_MS);
    await queryClient.invalidateQueries({ queryKey: meQueryKey });
  };

  const leaveNow = (membership: Membership, successorId?: string, onRefused?: (error: unknown) => void) => {
    // The live event of this very change may re-read the memberships before the answer is in.
    markLeaving(membership.tenantId);
    leave.mutate(
      { tenantId: membership.tenantId, successorId },
      {
        onSuccess: () => void goOnWithout(membership),
        onError: (error) => {
          unmarkLeaving(membership.tenantId);
          onRefused?.(error);
        },
      },
    );
  };

  const confirm = () => {
    if (!chosen) return;
    leaveNow(chosen, undefined, (error) => {
      if (error instanceof ApiError && error.code === 'last_admin') {
        leave.reset();
        setStep('successor');
      }
    });
  };

  return (
    <section className="panel panel--form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('leaving.title')}</h2>
      <p>{t('leaving.text')}</p>
      <div>
        <Button ref={opener} variant="secondary" icon="logout" onClick={open}>
          {t('leaving.open')}
        </Button>
      </div>
      {step === 'choose' && (
        <Dialog title={t('leaving.chooseTitle')} onClose={close} returnFocusTo={opener}>
          <form id={formId} className="form" noValidate onSubmit={goOn}>
            <p>{t('leaving.chooseText')}</p>
            <FormField label={t('leaving.customerNumber')} hint={t('leaving.customerNumberHint')}>
              {(control) => (
                <select
                  {...control}
                  name="tenantId"
                  value={tenantId}
                  onChange={(event) => setTenantId(event.target.value)}
                >
                  {me.memberships.map((membership) => (
                    <option key={membership.tenantId} value={membership.tenantId}>
                      {t('leaving.option', { number: membership.customerNumber, company: membership.companyName })}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <div className="dialog__actions">
              <Button variant="secondary" onClick={close}>
                {t('dialog.cancel')}
              </Button>
              <Button type="submit">{t('leaving.continue')}</Button>
            </div>
          </form>
        </Dialog>
      )}
      {step === 'confirm' && chosen && (
        <ConfirmDialog
          title={t('leaving.confirmTitle', { number: chosen.customerNumber })}
          confirmLabel={t('leaving.confirm')}
          confirmingLabel={t('leaving.confirming')}
          confirmIcon="logout"
          change={leave}
          onConfirm={confirm}
          onCancel={close}
          returnFocusTo={opener}
        >
          <p>{t('leaving.confirmText', { company: chosen.companyName, number: chosen.customerNumber })}</p>
          <p>{t('leaving.confirmAfter', { company: chosen.companyName })}</p>
        </ConfirmDialog>
      )}
      {step === 'successor' && chosen && (
        <HandOverDialog
          membership={chosen}
          userId={me.id}
          change={leave}
          onLeave={(successorId, onError) => leaveNow(chosen, successorId, onError)}
          onCancel={close}
          returnFocusTo={opener}
        />
      )}
    </section>
  );
}
