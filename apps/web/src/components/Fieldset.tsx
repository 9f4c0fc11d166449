import { useId, type ReactNode } from 'react';
import { classNames } from './class-names';
import { Icon } from './Icon';

interface FieldsetProps {
  /** The form field's name: the fieldset carries it, so a server error on it can move focus here. */
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A field made of several controls (checkboxes, radio buttons): `FormField` for a group, with the legend as its
 * label and the hint and error read out as the group's description.
 */
export function Fieldset({ name, legend, hint, error, className, children }: FieldsetProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      name={name}
      tabIndex={-1}
      className={classNames('field', className, error && 'field--invalid')}
      aria-describedby={classNames(hint ? hintId : undefined, error ? errorId : undefined) || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <FieldError id={errorId} error={error} />}
      {children}
    </fieldset>
  );
}

/** A field's error, marked with an icon as well as colour. */
export function FieldError({ id, error }: { id: string; error: string }) {
  return (
    <p className="field__error" id={id}>
      <Icon name="alert" />
      {error}
    </p>
  );
}
