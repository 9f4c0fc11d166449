import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom } from '../api/error-message';
import { useLanguage } from '../language/use-language';

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

interface Submission {
  error: unknown;
  reset: () => void;
}

/**
 * The errors of one form: those found before sending and those the API answered, each beside its
 * field, anything else above the form. Focus goes to the first field in error, after it shows it.
 */
export function useFormErrors<Field extends string>(fields: readonly Field[], submission: Submission) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const server = submission.error ? formErrorsFrom(submission.error, fields, t, language) : undefined;

  const focusFirst = (errors: FieldErrors<Field>) => {
    const first = fields.find((field) => errors[field] !== undefined);
    const element = first && formRef.current?.elements.namedItem(first);
    if (element instanceof HTMLElement) element.focus();
    return first !== undefined;
  };

  return {
    formRef,
    fieldErrors: { ...server?.fields, ...clientErrors },
    generalError: server?.general,
    /** Shows the errors found before sending; true when there are none and the form may be sent. */
    acceptIfValid: (errors: FieldErrors<Field>): boolean => {
      flushSync(() => {
        setClientErrors(errors);
        submission.reset();
      });
      return !focusFirst(errors);
    },
    /** For the mutation's onError, once the API's field errors are on screen. */
    focusServerError: (error: unknown): void => {
      requestAnimationFrame(() => focusFirst(formErrorsFrom(error, fields, t, language).fields));
    },
  };
}
