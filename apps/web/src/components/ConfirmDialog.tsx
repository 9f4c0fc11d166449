import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api/error-message';
import { useLanguage } from '../lib/language/use-language';
import { Alert } from './Alert';
import { Button } from './Button';
import { Dialog } from './Dialog';
import type { IconName } from './Icon';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  confirmingLabel: string;
  /** `trash` unless said otherwise. */
  confirmIcon?: IconName;
  /**
   * The change (a react-query mutation): while it is on its way the confirm button shows it and ignores
   * further clicks; why it was refused is shown above the buttons.
   */
  change: { isPending: boolean; isError: boolean; error: unknown };
  /** E.g. until the dialog knows what the change affects. */
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/** Asks before a change that cannot be undone; focus starts on Cancel, the harmless choice. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  confirmingLabel,
  confirmIcon = 'trash',
  change,
  confirmDisabled = false,
  onConfirm,
  onCancel,
  returnFocusTo,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const textId = useId();
  const error = change.isError ? errorMessage(change.error, t, language) : undefined;
  return (
    <Dialog title={title} onClose={onCancel} describedBy={textId} returnFocusTo={returnFocusTo}>
      <div className="stack">
        <div id={textId} className="stack dialog__text">
          {children}
        </div>
        {error && <Alert tone="error">{error}</Alert>}
        <div className="dialog__actions">
          <Button variant="secondary" onClick={onCancel} data-autofocus>
            {t('dialog.cancel')}
          </Button>
          <Button
            variant="danger"
            icon={confirmIcon}
            loading={change.isPending}
            loadingLabel={confirmingLabel}
            disabled={confirmDisabled}
            onClick={onConfirm}
          >
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
