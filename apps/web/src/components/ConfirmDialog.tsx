import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
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
  confirmIcon?: IconName;
  /** True while the change is on its way; the confirm button shows it and ignores further clicks. */
  confirming: boolean;
  /** E.g. until the dialog knows what the change affects. */
  confirmDisabled?: boolean;
  /** Why the change was refused, shown above the buttons. */
  error?: string;
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
  confirmIcon,
  confirming,
  confirmDisabled = false,
  error,
  onConfirm,
  onCancel,
  returnFocusTo,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const textId = useId();
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
            loading={confirming}
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
