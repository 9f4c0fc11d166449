import type { ComponentProps } from 'react';
import { classNames } from './class-names';
import { Icon, type IconName } from './Icon';

interface IconButtonProps extends Omit<ComponentProps<'button'>, 'children'> {
  icon: IconName;
  /** The accessible name; also shown as text when `showLabel` is set, else only as a tooltip. */
  label: string;
  showLabel?: boolean;
  tone?: 'default' | 'danger' | 'prominent';
  loading?: boolean;
}

/** A row action: an icon with a name that screen readers announce (and sighted users see on hover). */
export function IconButton({
  icon,
  label,
  showLabel = false,
  tone = 'default',
  loading = false,
  type = 'button',
  className,
  onClick,
  ...rest
}: IconButtonProps) {
  return (
    <button
      type={type}
      className={classNames('icon-button', `icon-button--${tone}`, showLabel && 'icon-button--labelled', className)}
      title={showLabel ? undefined : label}
      aria-disabled={loading || undefined}
      onClick={(event) => {
        if (loading) event.preventDefault();
        else onClick?.(event);
      }}
      {...rest}
    >
      {loading ? <span className="spinner" aria-hidden="true" /> : <Icon name={icon} />}
      <span className={showLabel ? undefined : 'visually-hidden'}>{label}</span>
    </button>
  );
}
