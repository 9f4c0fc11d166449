import type { Language } from '@cloudhub/permissions';
import { BATCH_ROWS_MAX } from '@cloudhub/validation-limits';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/Alert';
import { Button } from '../../../../components/Button';
import { DataTable, type DataTableColumn } from '../../../../components/DataTable';
import { ErrorState } from '../../../../components/ErrorState';
import { FormField } from '../../../../components/FormField';
import { LoadingState } from '../../../../components/LoadingState';
import { errorMessage, fieldMessage } from '../../../../lib/api/error-message';
import { useLanguage } from '../../../../lib/language/use-language';
import {
  useInviteBatch,
  type InvitationBatchOutcome,
  type InvitationBatchResult,
  type InvitationBatchRow,
  type InvitationBatchRowResult,
} from '../../api/invite-batch';
import { useRoles } from '../../api/list-roles';
import { useResendInvitation } from '../../api/resend-invitation';
import { parseInvitationCsv, splitAddresses, type CsvProblem, type ListedInvitation } from '../../invitation-list';
import { InvitationGrantFields, InviteFormFooter } from './InviteFormParts';

interface BulkInvitationFormProps {
  tenantId: string;
  customerNumber: string;
  onCancel: () => void;
  onGoToInvitations: () => void;
}

type Step =
  | { kind: 'edit' }
  | { kind: 'checked'; rows: InvitationBatchRow[]; result: InvitationBatchResult }
  | { kind: 'sent'; result: InvitationBatchResult };

const GOING: readonly InvitationBatchOutcome[] = ['will_invite', 'invited'];

function csvProblemMessage(problem: CsvProblem, t: TFunction): string {
  switch (problem.code) {
    case 'empty':
      return t('invite.bulk.csvProblem.empty');
    case 'noEmailColumn':
      return t('invite.bulk.csvProblem.noEmailColumn');
    case 'unknownColumn':
      return t('invite.bulk.csvProblem.unknownColumn', { column: problem.column });
    case 'unclosedQuote':
      return t('invite.bulk.csvProblem.unclosedQuote', { line: problem.line });
    case 'extraFields':
      return t('invite.bulk.csvProblem.extraFields', { line: problem.line });
    case 'unknownLanguage':
      return t('invite.bulk.csvProblem.unknownLanguage', { line: problem.line, value: problem.value });
    case 'tooManyRows':
      return t('invite.bulk.csvProblem.tooManyRows', { max: problem.max });
  }
}

/** "3 cannot: 1 already a member, 2 duplicates in the list." */
function summaryOf(result: InvitationBatchResult, t: TFunction): string {
  const going = result.rows.filter((row) => GOING.includes(row.outcome)).length;
  const counts = new Map<InvitationBatchOutcome, number>();
  for (const row of result.rows) {
    if (!GOING.includes(row.outcome)) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);
  }
  const goingText = result.dryRun
    ? t('invite.bulk.summaryWillInvite', { count: going })
    : t('invite.bulk.summaryInvited', { count: going });
  const notGoing = result.rows.length - going;
  if (notGoing === 0) return goingText;
  const reasons = [...counts].map(([outcome, count]) => t(`invite.bulk.count.${outcome}`, { count })).join(', ');
  const notText = result.dryRun
    ? t('invite.bulk.summaryCannot', { count: notGoing, reasons })
    : t('invite.bulk.summaryNotSent', { count: notGoing, reasons });
  return `${goingText} ${notText}`;
}

function quotaAfter(result: InvitationBatchResult, t: TFunction): string {
  const { limit, remaining } = result.quota;
  if (!result.dryRun) return t('invite.bulk.quotaNow', { remaining, limit });
  const going = result.rows.filter((row) => row.outcome === 'will_invite').length;
  return t('invite.bulk.quotaAfter', { remaining: Math.max(0, remaining - going), limit });
}

/** Many addresses at once: pasted or from a CSV, checked by a dry run, then sent in one request. */
export function BulkInvitationForm({ tenantId, customerNumber, onCancel, onGoToInvitations }: BulkInvitationFormProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const roles = useRoles(tenantId);
  const check = useInviteBatch();
  const send = useInviteBatch();
  const resend = useResendInvitation();
  const [text, setText] = useState('');
  const [csv, setCsv] = useState<{ name: string; rows: ListedInvitation[] } | undefined>();
  const [csvError, setCsvError] = useState<string | undefined>();
  const [listError, setListError] = useState<string | undefined>();
  const [roleIds, setRoleIds] = useState<string[]>([]);
  const [language, setLanguage] = useState<Language | ''>('');
  const [step, setStep] = useState<Step>({ kind: 'edit' });
  const [resent, setResent] = useState<readonly string[]>([]);
  const addresses = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (step.kind !== 'edit') resultHeading.current?.focus();
  }, [step]);

  const listed = (): ListedInvitation[] =>
    csv ? csv.rows : splitAddresses(text).map((email) => ({ email, roleNames: [] }));

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setListError(undefined);
    if (!file) return;
    const parsed = parseInvitationCsv(await file.text());
    if (parsed.ok) {
      setCsv({ name: file.name, rows: parsed.rows });
      setCsvError(undefined);
    } else {
      setCsv(undefined);
      setCsvError(csvProblemMessage(parsed.problem, t));
    }
  };

  const removeCsv = () => {
    setCsv(undefined);
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  };

  const submitCheck = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const list = listed();
    if (list.length === 0) {
      setListError(t('invite.bulk.listEmpty'));
      addresses.current?.focus();
      return;
    }
    if (list.length > BATCH_ROWS_MAX) {
      setListError(t('invite.bulk.listTooLong', { max: BATCH_ROWS_MAX, rows: list.length }));
      addresses.current?.focus();
      return;
    }
    setListError(undefined);
    const rows: InvitationBatchRow[] = list.map((row) => {
      const rowLanguage = row.language ?? (language || undefined);
      return {
        email: row.email,
        roleIds,
        ...(row.roleNames.length > 0 ? { roleNames: row.roleNames } : {}),
        ...(rowLanguage ? { language: rowLanguage } : {}),
      };
    });
    check.mutate(
      { tenantId, batch: { dryRun: true, rows } },
      { onSuccess: (result) => setStep({ kind: 'checked', rows, result }) },
    );
  };

  const submitSend = (rows: InvitationBatchRow[]) =>
    send.mutate(
      { tenantId, batch: { dryRun: false, rows } },
      { onSuccess: (result) => setStep({ kind: 'sent', result }) },
    );

  if (roles.isPending) return <LoadingState />;
  if (roles.isError) return <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />;

  const result = step.kind === 'edit' ? undefined : step.result;
  const summary = result ? summaryOf(result, t) : '';
  const willInvite =
    step.kind === 'checked' ? step.result.rows.filter((row) => row.outcome === 'will_invite').length : 0;

  const columns: DataTableColumn<InvitationBatchRowResult>[] = [
    {
      header: t('invite.bulk.columnEmail'),
      cell: (row, rowId) => (
        <span id={rowId} className="bulk-result__email">
          {row.email || t('invite.bulk.emptyAddress')}
        </span>
      ),
    },
    { header: t('invite.bulk.columnRow'), cell: (row) => row.index + 1, numeric: true },
    {
      header: t('invite.bulk.columnOutcome'),
      cell: (row) => (
        <div className="stack stack--tight">
          <strong className={GOING.includes(row.outcome) ? 'bulk-result__going' : 'bulk-result__held'}>
            {t(`invite.bulk.outcome.${row.outcome}`)}
          </strong>
          {row.errors.map((error, index) => (
            <span key={index}>{fieldMessage(error, t)}</span>
          ))}
          {resent.includes(row.invitationId ?? '') && <span>{t('invite.bulk.resent')}</span>}
        </div>
      ),
    },
  ];

  const resendAction = (row: InvitationBatchRowResult, rowId: string) => {
    const invitationId = row.invitationId;
    if (row.outcome !== 'already_invited' || !invitationId || resent.includes(invitationId)) return null;
    return (
      <Button
        variant="secondary"
        icon="resend"
        aria-describedby={rowId}
        loading={resend.isPending && resend.variables.invitationId === invitationId}
        loadingLabel={t('invite.resending')}
        onClick={() =>
          resend.mutate(
            { tenantId, invitationId },
            { onSuccess: () => setResent((before) => [...before, invitationId]) },
          )
        }
      >
        {t('invite.resendExisting')}
      </Button>
    );
  };

  const results = result && (
    <section className="stack" aria-labelledby={headingId}>
      <h3 id={headingId} ref={resultHeading} tabIndex={-1} className="bulk-result__title">
        {result.dryRun ? t('invite.bulk.checkedTitle') : t('invite.bulk.sentTitle')}
      </h3>
      <p>{summary}</p>
      <p className="quota">{quotaAfter(result, t)}</p>
      {resend.isError && <Alert tone="error">{errorMessage(resend.error, t, uiLanguage)}</Alert>}
      {/* Scrolls on its own: focusable and named, so that a keyboard can scroll it too. */}
      <div
        className="bulk-result__table"
        role="region"
        aria-label={result.dryRun ? t('invite.bulk.checkedCaption') : t('invite.bulk.sentCaption')}
        tabIndex={0}
      >
        <DataTable
          caption={result.dryRun ? t('invite.bulk.checkedCaption') : t('invite.bulk.sentCaption')}
          columns={columns}
          rows={result.rows}
          rowKey={(row) => String(row.index)}
          actions={resendAction}
          dense
        />
      </div>
    </section>
  );

  // The summary is announced when it appears; the region stays in place so that each new one is read out.
  const liveRegion = (
    <p role="status" className="visually-hidden">
      {summary}
    </p>
  );

  if (step.kind === 'checked') {
    return (
      <div className="form">
        {liveRegion}
        {send.isError && <Alert tone="error">{errorMessage(send.error, t, uiLanguage)}</Alert>}
        {results}
        <div className="dialog__footer">
          <p className="quota">{willInvite === 0 ? t('invite.bulk.nothingToSend') : t('invite.bulk.nothingSentYet')}</p>
          <div className="dialog__actions">
            <Button
              variant="secondary"
              icon="arrowLeft"
              onClick={() => {
                check.reset();
                send.reset();
                setStep({ kind: 'edit' });
              }}
            >
              {t('invite.bulk.back')}
            </Button>
            {willInvite > 0 && (
              <Button
                icon="mail"
                loading={send.isPending}
                loadingLabel={t('invite.bulk.sending')}
                onClick={() => submitSend(step.rows)}
              >
                {t('invite.bulk.send', { count: willInvite })}
              </Button>
            )}
          </div>
        </div>
      </div>
    );
  }

  if (step.kind === 'sent') {
    return (
      <div className="form">
        {liveRegion}
        {results}
        <div className="dialog__footer">
          <div className="dialog__actions">
            <Button variant="secondary" onClick={onCancel}>
              {t('dialog.close')}
            </Button>
            <Button icon="users" onClick={onGoToInvitations}>
              {t('invite.goToInvitations')}
            </Button>
          </div>
        </div>
      </div>
    );
  }

  return (
    <form className="form" noValidate onSubmit={submitCheck}>
      {liveRegion}
      {check.isError && <Alert tone="error">{errorMessage(check.error, t, uiLanguage)}</Alert>}
      <FormField
        label={t('invite.bulk.addresses')}
        hint={csv ? t('invite.bulk.addressesFromCsv') : t('invite.bulk.addressesHint', { max: BATCH_ROWS_MAX })}
        error={csv ? undefined : listError}
      >
        {(control) => (
          <textarea
            {...control}
            ref={addresses}
            name="emails"
            rows={6}
            autoComplete="off"
            spellCheck={false}
            value={text}
            disabled={csv !== undefined}
            onChange={(event) => {
              setText(event.target.value);
              setListError(undefined);
            }}
          />
        )}
      </FormField>
      <FormField
        label={t('invite.bulk.csv')}
        hint={t('invite.bulk.csvHint')}
        error={csvError ?? (csv ? listError : undefined)}
      >
        {(control) => (
          <div className="bulk-csv">
            <input
              {...control}
              ref={fileInput}
              name="csv"
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => void readFile(event)}
            />
            {csv && (
              <p className="bulk-csv__loaded">
                {t('invite.bulk.csvLoaded', { name: csv.name, count: csv.rows.length })}{' '}
                <Button variant="secondary" icon="close" onClick={removeCsv}>
                  {t('invite.bulk.csvRemove')}
                </Button>
              </p>
            )}
          </div>
        )}
      </FormField>
      <InvitationGrantFields
        customerNumber={customerNumber}
        roles={roles.data}
        roleIds={roleIds}
        onRoleIdsChange={setRoleIds}
        language={language}
        onLanguageChange={setLanguage}
        hints={{ roles: t('invite.bulk.rolesHint'), language: t('invite.bulk.languageHint') }}
      />
      <InviteFormFooter tenantId={tenantId} onCancel={onCancel}>
        <Button type="submit" icon="check" loading={check.isPending} loadingLabel={t('invite.bulk.checking')}>
          {t('invite.bulk.check')}
        </Button>
      </InviteFormFooter>
    </form>
  );
}
