import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/Alert';
import { Button } from '../../../../components/Button';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { ApiError } from '../../../../lib/api/api-error';
import { useCurrentCustomer } from '../../../../lib/customers/current-customer';
import { useMember } from '../../api/get-member';
import type { Member } from '../../api/list-members';
import type { LinkedMember as Link } from '../../members-params';
import { MembersTable } from './MembersTable';

interface LinkedMemberProps {
  link: Link;
  myUserId: string;
  onShowAll: () => void;
  /** Also called once, without a click, when the link asks for the role editor. */
  onEditRoles: (member: Member) => void;
  onRemove: (member: Member) => void;
}

/**
 * The member an e-mail's link points at (`?user=<id>`): their row alone, marked and focused, with a way back
 * to the whole table; or, when they are no longer a member, a message that says so.
 */
export function LinkedMember({ link, myUserId, onShowAll, onEditRoles, onRemove }: LinkedMemberProps) {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  const member = useMember(customer.tenantId, link.userId);
  const table = useRef<HTMLDivElement>(null);
  const arrived = useRef<string | undefined>(undefined);
  const found = member.data;

  // Once per link: focus the row (the role editor, when it opens, returns focus there), then the intent.
  useEffect(() => {
    if (!found || arrived.current === found.userId) return;
    arrived.current = found.userId;
    table.current?.querySelector<HTMLElement>('tr.is-highlighted')?.focus();
    if (link.editRoles) onEditRoles(found);
  }, [found, link.editRoles, onEditRoles]);

  const gone = member.error instanceof ApiError && member.error.code === 'member_not_found';
  return (
    <>
      <div className="linked-row-bar" role="group" aria-label={t('members.linkedLabel')}>
        <span>{gone ? t('members.linkedNone') : t('members.linkedOne')}</span>
        <Button variant="quiet" onClick={onShowAll}>
          {t('members.showAll')}
        </Button>
      </div>
      {member.isPending ? (
        <LoadingState />
      ) : gone ? (
        <Alert tone="info" title={t('members.linkGoneTitle')}>
          {t('members.linkGone', { company: customer.companyName })}
        </Alert>
      ) : member.isError ? (
        <ErrorState error={member.error} onRetry={() => void member.refetch()} />
      ) : (
        <div ref={table} className="panel panel--flush">
          <MembersTable
            caption={t('members.caption', { company: customer.companyName })}
            members={[member.data]}
            myUserId={myUserId}
            onEditRoles={onEditRoles}
            onRemove={onRemove}
            highlightedId={member.data.userId}
          />
        </div>
      )}
    </>
  );
}
