import type { ComponentProps, MouseEvent } from 'react';
import { classNames } from './class-names';
import { Icon, type IconName } from './Icon';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export function buttonClass(variant: ButtonVariant, extra?: string): string {
  return classNames('button', `button--${variant}`, extra);
}

interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  icon?: IconName;
  /** While true the button shows a spinner and `loadingLabel`, and ignores clicks. */
  loading?: boolean;
  loadingLabel?: string;
}

/**
 * A loading button stays enabled but inert (aria-disabled): disabling it would drop the keyboard focus
 * of the person who just pressed it.
 */
export function Button({
  variant = 'primary',
  icon,
  loading = false,
  loadingLabel,
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  const ignoreWhileLoading = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) event.preventDefault();
    else onClick?.(event);
  };
  return (
    <button
      type={type}
      className={buttonClass(variant, className)}
      aria-disabled={loading || undefined}
      onClick={ignoreWhileLoading}
      {...rest}
    >
      {loading ? <span className="spinner" aria-hidden="true" /> : icon && <Icon name={icon} />}
      <span>{loading && loadingLabel ? loadingLabel : children}</span>
    </button>
  );
}
