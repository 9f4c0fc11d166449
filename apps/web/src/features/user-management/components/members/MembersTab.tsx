import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { StatusNotice } from '../../../../components/StatusNotice';
import { useMe } from '../../../../lib/me/get-me';
import { useCurrentCustomer } from '../../../../lib/customers/current-customer';
import { useMembers, type Member } from '../../api/list-members';
import { LoadMore } from '../LoadMore';
import { SearchField } from '../SearchField';
import { EditMemberRolesDialog } from './EditMemberRolesDialog';
import { MembersTable } from './MembersTable';
import { RemoveMemberDialog } from './RemoveMemberDialog';

type OpenDialog = { kind: 'edit' | 'remove'; member: Member } | undefined;

interface MembersTabProps {
  search: string;
  onSearch: (q: string) => void;
  /** Where focus goes after a removed member's row (and its button) is gone. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

export function MembersTab({ search, onSearch, fallbackFocus }: MembersTabProps) {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  const { data: me } = useMe();
  const members = useMembers(customer.tenantId, { q: search });
  const [dialog, setDialog] = useState<OpenDialog>();
  const [notice, setNotice] = useState<string>();

  const open = (kind: 'edit' | 'remove', member: Member) => {
    setNotice(undefined);
    setDialog({ kind, member });
  };
  const done = (message: string) => {
    setDialog(undefined);
    setNotice(message);
  };
  const rows = members.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="stack">
      <div className="filter-bar">
        <SearchField label={t('members.search')} hint={t('members.searchHint')} value={search} onSearch={onSearch} />
      </div>
      <StatusNotice message={notice} onDismiss={() => setNotice(undefined)} />
      {members.isPending ? (
        <LoadingState />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState icon="users">{search ? t('members.emptySearch', { search }) : t('members.empty')}</EmptyState>
      ) : (
        <>
          <div className={members.isPlaceholderData ? 'panel panel--flush is-stale' : 'panel panel--flush'}>
            <MembersTable
              caption={t('members.caption', { company: customer.companyName })}
              members={rows}
              myUserId={me.id}
              onEditRoles={(member) => open('edit', member)}
              onRemove={(member) => open('remove', member)}
            />
          </div>
          <LoadMore
            shown={rows.length}
            hasMore={members.hasNextPage}
            loading={members.isFetchingNextPage}
            onLoadMore={() => void members.fetchNextPage()}
          />
        </>
      )}
      {dialog?.kind === 'edit' && (
        <EditMemberRolesDialog
          tenantId={customer.tenantId}
          customerNumber={customer.customerNumber}
          member={dialog.member}
          isMe={dialog.member.userId === me.id}
          onClose={() => setDialog(undefined)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveMemberDialog
          tenantId={customer.tenantId}
          companyName={customer.companyName}
          member={dialog.member}
          isMe={dialog.member.userId === me.id}
          onClose={() => setDialog(undefined)}
          onRemoved={done}
          returnFocusTo={fallbackFocus}
        />
      )}
    </div>
  );
}
