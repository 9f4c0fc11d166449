import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../../components/Alert';
import { Button } from '../../../../../components/Button';
import { Dialog } from '../../../../../components/Dialog';
import { LoadingState } from '../../../../../components/LoadingState';
import { errorMessage, fieldMessage } from '../../../../../lib/api/error-message';
import { useLanguage } from '../../../../../lib/language/use-language';
import { formatMomentFromNow } from '../../../../../lib/relative-moment';
import { useRefreshAfterBulkAction } from '../../../api/bulk-invitation-actions';
import type { InvitationQuota } from '../../../api/get-invitation-quota';
import { isGoing, summaryOf, type BulkKind, type BulkRow } from './bulk-outcomes';

/** What every bulk answer has; the resends add their cost and quota, "Resend all expired" its counts. */
export interface BulkResult {
  readonly dryRun: boolean;
  readonly rows: readonly BulkRow[];
  readonly cost?: number;
  readonly quota?: InvitationQuota;
  readonly expired?: number;
  readonly staysExpired?: number;
}

type State =
  | { readonly phase: 'checking' }
  | { readonly phase: 'checked' | 'running'; readonly preview: BulkResult }
  | { readonly phase: 'done'; readonly result: BulkResult }
  | { readonly phase: 'failed'; readonly error: unknown; readonly preview?: BulkResult };

interface BulkActionDialogProps {
  tenantId: string;
  kind: BulkKind;
  /** Runs the action; with `dryRun` it only says what would happen, and what it costs. */
  run: (dryRun: boolean) => Promise<BulkResult>;
  /** `changed`: the action ran (wholly or in part), so a selection of the rows it touched is stale. */
  onClose: (changed: boolean) => void;
}

/**
 * A bulk action in three steps in one dialog: what would happen to each invitation and what it costs (a
 * dry run, as soon as the dialog opens), the admin's go, and what happened. Nothing changes before the go.
 */
export function BulkActionDialog({ tenantId, kind, run, onClose }: BulkActionDialogProps) {
  const { t } = useTranslation();
  const refresh = useRefreshAfterBulkAction();
  const language = useLanguage();
  const textId = useId();
  const [state, setState] = useState<State>({ phase: 'checking' });
  const runRef = useRef(run);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    runRef.current(true).then(
      (preview) => current && setState({ phase: 'checked', preview }),
      (error: unknown) => current && setState({ phase: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (state.phase === 'done') closeButton.current?.focus();
  }, [state.phase]);

  const confirm = (preview: BulkResult) => {
    setState({ phase: 'running', preview });
    run(false).then(
      (result) => setState({ phase: 'done', result }),
      (error: unknown) => setState({ phase: 'failed', error, preview }),
    );
  };

  const shown = state.phase === 'done' ? state.result : state.phase === 'checking' ? undefined : state.preview;
  const going = shown ? shown.rows.filter((row) => isGoing(row.outcome)).length : 0;
  const summary = shown ? summaryOf(kind, shown, t) : '';
  const changed = state.phase === 'done' || (state.phase === 'failed' && state.preview !== undefined);
  const canConfirm = (state.phase === 'checked' || state.phase === 'running') && going > 0;
  const action = kind === 'delete' ? 'delete' : 'resend';
  const close = () => {
    if (changed) void refresh(tenantId);
    onClose(changed);
  };

  return (
    <Dialog title={t(`invitationBulk.${kind}.title`)} onClose={close} describedBy={textId} size="wide">
      <div className="stack">
        {/* Read out whenever it changes: the preview, then the result. */}
        <p role="status" className="visually-hidden">
          {summary}
        </p>
        <div id={textId} className="stack dialog__text">
          {state.phase === 'checking' && <LoadingState label={t('invitationBulk.checking')} />}
          {shown && <Preamble kind={kind} result={shown} t={t} language={language} />}
          {shown && <p>{summary}</p>}
          {shown && <StaysExpired result={shown} t={t} />}
          {shown && <QuotaLine result={shown} t={t} language={language} />}
        </div>
        {state.phase === 'failed' && <Alert tone="error">{errorMessage(state.error, t, language)}</Alert>}
        {shown && <HeldRows rows={shown.rows} dryRun={shown.dryRun} t={t} />}
        <div className="dialog__actions">
          {/* One button, Cancel until there is nothing left to confirm, then Close: focus stays on it. */}
          <Button ref={closeButton} variant="secondary" onClick={close} data-autofocus>
            {canConfirm || state.phase === 'checking' ? t('dialog.cancel') : t('dialog.close')}
          </Button>
          {canConfirm && (state.phase === 'checked' || state.phase === 'running') && (
            <Button
              variant={kind === 'delete' ? 'danger' : 'primary'}
              icon={kind === 'delete' ? 'trash' : 'resend'}
              loading={state.phase === 'running'}
              loadingLabel={t(`invitationBulk.${action}.running`)}
              onClick={() => confirm(state.preview)}
            >
              {t(`invitationBulk.${action}.confirm`, { count: going })}
            </Button>
          )}
        </div>
      </div>
    </Dialog>
  );
}

interface PartProps {
  result: BulkResult;
  t: TFunction;
  language: string;
}

/** "Resend all expired" first says how many expired, and in which order they go. */
function Preamble({ kind, result, t }: PartProps & { kind: BulkKind }) {
  if (kind !== 'resendExpired' || result.expired === undefined) return null;
  if (result.expired === 0) return <p>{t('invitationBulk.resendExpired.none')}</p>;
  return (
    <p>
      {t('invitationBulk.resendExpired.expired', { count: result.expired })} {t('invitationBulk.resendExpired.order')}
    </p>
  );
}

/** Before the go: how many expired invitations the daily limit leaves expired for now. */
function StaysExpired({ result, t }: Omit<PartProps, 'language'>) {
  if (!result.dryRun || !result.staysExpired) return null;
  return <p>{t('invitationBulk.resendExpired.staysExpired', { count: result.staysExpired })}</p>;
}

/**
 * The cost against the daily limit before the go ("This uses 3 of your 12 remaining invitation e-mails
 * today"), what is left after it, and when the next e-mail frees up when the limit holds some back.
 */
function QuotaLine({ result, t, language }: PartProps) {
  const { cost, quota } = result;
  if (cost === undefined || quota === undefined) return null;
  const heldByLimit = result.rows.some((row) => row.outcome === 'over_daily_limit') || (result.staysExpired ?? 0) > 0;
  const when = quota.resetsAt && heldByLimit ? formatMomentFromNow(quota.resetsAt, language, t) : undefined;
  const sentences = [
    result.dryRun
      ? cost > 0
        ? t('invitationBulk.quota.cost', { count: cost, remaining: quota.remaining })
        : t('invitationBulk.quota.left', { remaining: quota.remaining, limit: quota.limit })
      : t('invitationBulk.quota.after', { remaining: quota.remaining, limit: quota.limit }),
  ];
  if (when) sentences.push(t('invitationBulk.quota.next', { when }));
  return <p className={quota.remaining === 0 ? 'quota quota--exhausted' : 'quota'}>{sentences.join(' ')}</p>;
}

/** The invitations that do not (or would not) go, each with why. */
function HeldRows({ rows, dryRun, t }: { rows: readonly BulkRow[]; dryRun: boolean; t: TFunction }) {
  const held = rows.filter((row) => !isGoing(row.outcome));
  if (held.length === 0) return null;
  const label = dryRun ? t('invitationBulk.heldCaption') : t('invitationBulk.notDoneCaption');
  return (
    // Scrolls on its own: focusable and named, so that a keyboard can scroll it too.
    <section className="bulk-held" role="region" aria-label={label} tabIndex={0}>
      <h3 className="bulk-result__title">{label}</h3>
      <ul className="bulk-held__list">
        {held.map((row) => (
          <li key={row.id}>
            <strong>{row.email ?? t('invitationBulk.unknownInvitation')}</strong>
            {': '}
            {!isGoing(row.outcome) && t(`invitationBulk.outcome.${row.outcome}`)}
            {row.errors.length > 0 && ` (${row.errors.map((error) => fieldMessage(error, t)).join(' ')})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
