import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { useFormErrors } from '../../../lib/forms/use-form-errors';
import { useGiveFeedback } from '../api/give-feedback';
import { FEEDBACK_MAX } from '@cloudhub/validation-limits';
import { FEEDBACK_FIELDS, validateFeedback } from '../feedback-validation';

interface FeedbackFormProps {
  tenantId: string;
  /** For a second message, whose form replaces the button that asked for it. */
  focusOnMount: boolean;
  onSent: () => void;
}

export function FeedbackForm({ tenantId, focusOnMount, onSent }: FeedbackFormProps) {
  const { t } = useTranslation();
  const give = useGiveFeedback();
  const { formRef, fieldErrors, generalError, acceptIfValid, focusServerError } = useFormErrors(FEEDBACK_FIELDS, give);
  const [message, setMessage] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusOnMount) textarea.current?.focus();
  }, [focusOnMount]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!acceptIfValid(validateFeedback(message, t))) return;
    give.mutate({ tenantId, message: message.trim() }, { onError: focusServerError, onSuccess: onSent });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {generalError && <Alert tone="error">{generalError}</Alert>}
      <FormField label={t('feedback.message')} hint={t('feedback.hint')} error={fieldErrors.message}>
        {(control) => (
          <textarea
            {...control}
            ref={textarea}
            name="message"
            rows={7}
            maxLength={FEEDBACK_MAX}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            required
          />
        )}
      </FormField>
      <div className="form__actions">
        <Button type="submit" icon="feedback" loading={give.isPending} loadingLabel={t('feedback.submitting')}>
          {t('feedback.submit')}
        </Button>
      </div>
    </form>
  );
}
