import type { RefObject } from 'react';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { SuccessorPicker } from '../../../components/SuccessorPicker';
import { useFormErrors } from '../../../lib/forms/use-form-errors';
import type { Membership } from '../../../lib/me/get-me';
import { useSuccessorChoice } from '../../../lib/members/successor-candidates';

const FIELDS = ['successorId'] as const;

interface HandOverDialogProps {
  membership: Membership;
  userId: string;
  /** The leave request (a react-query mutation): pending, refused, or tried again with a successor. */
  change: { isPending: boolean; error: unknown; reset: () => void };
  onLeave: (successorId: string, onError: (error: unknown) => void) => void;
  onCancel: () => void;
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * The last admin wants to leave: instead of a dead end, they choose who takes over (the successor becomes
 * Administrator in the same change and is e-mailed), then their access ends.
 */
export function HandOverDialog({ membership, userId, change, onLeave, onCancel, returnFocusTo }: HandOverDialogProps) {
  const { t } = useTranslation();
  const textId = useId();
  const choice = useSuccessorChoice(membership.tenantId, userId, true);
  const { formRef, fieldErrors, generalError, acceptIfValid, focusServerError } = useFormErrors(FIELDS, change);
  const company = membership.companyName;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!acceptIfValid(choice.chosen ? {} : { successorId: t('validation.successorRequired') })) return;
    if (choice.chosen) onLeave(choice.chosen.userId, focusServerError);
  };

  return (
    <Dialog
      title={t('leaving.successorTitle', { company })}
      onClose={onCancel}
      describedBy={textId}
      returnFocusTo={returnFocusTo}
      size="wide"
    >
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <div id={textId} className="stack dialog__text">
          <p>{t('leaving.successorText', { company, number: membership.customerNumber })}</p>
          <p>{t('leaving.successorAfter')}</p>
        </div>
        {generalError && <Alert tone="error">{generalError}</Alert>}
        <SuccessorPicker name="successorId" error={fieldErrors.successorId} {...choice} />
        <div className="dialog__actions">
          <Button variant="secondary" onClick={onCancel}>
            {t('dialog.cancel')}
          </Button>
          <Button
            type="submit"
            variant="danger"
            icon="logout"
            loading={change.isPending}
            loadingLabel={t('leaving.successorConfirming')}
          >
            {t('leaving.successorConfirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
