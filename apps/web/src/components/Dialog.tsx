import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from './class-names';
import { Icon } from './Icon';

interface DialogProps {
  title: string;
  /** Esc and the close button call this; the parent then stops rendering the dialog. */
  onClose: () => void;
  children: ReactNode;
  /** Ties the dialog to a sentence that says what it is about (read out after the title). */
  describedBy?: string;
  /** Where focus goes when the element that opened the dialog is gone by the time it closes (a deleted row). */
  returnFocusTo?: RefObject<HTMLElement | null>;
  size?: 'narrow' | 'wide';
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on the native `<dialog>`: the page behind is inert, Tab stays inside, Esc closes it and
 * focus goes back to the element that opened it. Render it only while it is open. Focus starts on the
 * element marked `data-autofocus`, else on the first control of the body.
 */
export function Dialog({ title, onClose, children, describedBy, returnFocusTo, size = 'narrow' }: DialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const fallback = returnFocusTo?.current ?? null;
    if (!element.open) element.showModal();
    const first =
      body.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      body.current?.querySelector<HTMLElement>(FOCUSABLE) ??
      element;
    first.focus();
    const onCancel = (event: Event) => {
      // Esc: the parent decides, so that its state and the dialog never disagree.
      event.preventDefault();
      close.current();
    };
    element.addEventListener('cancel', onCancel);
    return () => {
      element.removeEventListener('cancel', onCancel);
      if (element.open) element.close();
      const target = opener?.isConnected ? opener : fallback;
      target?.focus();
    };
  }, [returnFocusTo]);

  // The page behind is inert already; this keeps Tab from leaving for the browser's own controls.
  const keepTabInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (candidate) => candidate.offsetParent !== null || candidate === document.activeElement,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className={classNames('dialog', size === 'wide' && 'dialog--wide')}
      onKeyDown={keepTabInside}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="icon-button dialog__close" onClick={onClose}>
          <Icon name="close" />
          <span className="visually-hidden">{t('dialog.close')}</span>
        </button>
      </div>
      <div ref={body} className="dialog__body">
        {children}
      </div>
    </dialog>
  );
}
