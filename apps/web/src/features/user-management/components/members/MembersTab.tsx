import type { TFunction } from 'i18next';
import { useCallback, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../../components/Button';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { StatusNotice } from '../../../../components/StatusNotice';
import { useMe } from '../../../../lib/me/get-me';
import { useCurrentCustomer } from '../../../../lib/customers/current-customer';
import { useMemberCounts, type MemberCounts } from '../../api/count-members';
import { useMembers, type Member } from '../../api/list-members';
import { useRoles, type Role } from '../../api/list-roles';
import type { MemberFilter } from '../../api/query-keys';
import {
  MEMBER_ROLE_PARAM,
  MEMBER_SORT_PARAM,
  NO_ROLE,
  linkedMemberFrom,
  memberViewFrom,
  withMemberParam,
  withoutLinkIntent,
  withoutLinkedMember,
  type MemberSort,
} from '../../members-params';
import { LoadMore } from '../LoadMore';
import { EditMemberRolesDialog } from './EditMemberRolesDialog';
import { LinkedMember } from './LinkedMember';
import { MemberFilters } from './MemberFilters';
import { MembersTable } from './MembersTable';
import { RemoveMemberDialog } from './RemoveMemberDialog';
import './members.css';

type OpenDialog = { kind: 'edit' | 'remove'; member: Member } | undefined;

interface MembersTabProps {
  search: string;
  onSearch: (q: string) => void;
  /** Where focus goes after a removed member's row (and its button) is gone. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

/**
 * The customer's members: filtered by role (or none) and text, sorted by name or joining date, exported as
 * CSV; or, from an e-mail's link, the one member it names. Filters, order and link live in the URL.
 */
export function MembersTab({ search, onSearch, fallbackFocus }: MembersTabProps) {
  const customer = useCurrentCustomer();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const link = linkedMemberFrom(params);
  const roles = useRoles(customer.tenantId);
  const filter = knownRoleOnly({ q: search, ...memberViewFrom(params) }, roles.data);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [notice, setNotice] = useState<string>();

  const setParam = (name: string, value: string | undefined) =>
    setParams((current) => withMemberParam(current, name, value), { replace: true });
  const open = useCallback((kind: 'edit' | 'remove', member: Member) => {
    setNotice(undefined);
    setDialog({ kind, member });
  }, []);
  // The access-request e-mail's intent, done once: a reload shows the member without the editor.
  const openLinkedEditor = useCallback(
    (member: Member) => {
      open('edit', member);
      setParams((current) => withoutLinkIntent(current), { replace: true });
    },
    [open, setParams],
  );
  const done = (message: string) => {
    setDialog(undefined);
    setNotice(message);
  };

  return (
    <div className="stack">
      <StatusNotice message={notice} onDismiss={() => setNotice(undefined)} />
      {link ? (
        <LinkedMember
          link={link}
          myUserId={me.id}
          onShowAll={() => setParams((current) => withoutLinkedMember(current), { replace: true })}
          onEditRoles={link.editRoles ? openLinkedEditor : (member) => open('edit', member)}
          onRemove={(member) => open('remove', member)}
        />
      ) : (
        <MemberList
          filter={filter}
          roles={roles.data}
          myUserId={me.id}
          onRole={(role) => setParam(MEMBER_ROLE_PARAM, role)}
          onSearch={onSearch}
          onSort={(sort) => setParam(MEMBER_SORT_PARAM, sort)}
          onEditRoles={(member) => open('edit', member)}
          onRemove={(member) => open('remove', member)}
        />
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

interface MemberListProps {
  filter: MemberFilter;
  roles: readonly Role[] | undefined;
  myUserId: string;
  onRole: (role: string | undefined) => void;
  onSearch: (q: string) => void;
  onSort: (sort: MemberSort) => void;
  onEditRoles: (member: Member) => void;
  onRemove: (member: Member) => void;
}

/** The filters, how many members they select (announced), and those members page by page. */
function MemberList({ filter, roles, myUserId, onRole, onSearch, onSort, onEditRoles, onRemove }: MemberListProps) {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  const members = useMembers(customer.tenantId, filter);
  const counts = useMemberCounts(customer.tenantId, filter.q);
  const rows = members.data?.pages.flatMap((page) => page.items) ?? [];
  const total = counts.isPlaceholderData ? undefined : totalOf(counts.data, filter.role);
  const filtered = filter.role !== undefined || filter.q !== '';

  return (
    <>
      <MemberFilters
        tenantId={customer.tenantId}
        filter={filter}
        roles={roles}
        counts={counts.data}
        onRole={onRole}
        onSearch={onSearch}
      />
      <p className="muted result-count" role="status">
        {total !== undefined &&
          (filtered ? t('members.matching', { count: total }) : t('members.total', { count: total }))}
      </p>
      {members.isPending ? (
        <LoadingState />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState icon="users">
          {emptyText(t, filter, roles)}{' '}
          {filter.role !== undefined && (
            <Button variant="quiet" onClick={() => onRole(undefined)}>
              {t('members.showAllRoles')}
            </Button>
          )}
        </EmptyState>
      ) : (
        <>
          <div className={members.isPlaceholderData ? 'panel panel--flush is-stale' : 'panel panel--flush'}>
            <MembersTable
              caption={t('members.caption', { company: customer.companyName })}
              members={rows}
              myUserId={myUserId}
              onEditRoles={onEditRoles}
              onRemove={onRemove}
              sorting={{ sort: filter.sort, onSort }}
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
    </>
  );
}

/** A role the URL names but the customer no longer has (deleted since the link was made) filters nothing. */
function knownRoleOnly(filter: MemberFilter, roles: readonly Role[] | undefined): MemberFilter {
  const unknown = filter.role && filter.role !== NO_ROLE && roles && !roles.some((role) => role.id === filter.role);
  return unknown ? { ...filter, role: undefined } : filter;
}

function totalOf(counts: MemberCounts | undefined, role: string | undefined): number | undefined {
  if (!counts) return undefined;
  if (role === undefined) return counts.all;
  if (role === NO_ROLE) return counts.withoutRole;
  return counts.roles.find((candidate) => candidate.roleId === role)?.members;
}

function emptyText(t: TFunction, filter: MemberFilter, roles: readonly Role[] | undefined) {
  const roleName = roles?.find((role) => role.id === filter.role)?.name ?? '';
  if (filter.role !== undefined && filter.q !== '') return t('members.emptyFiltered', { search: filter.q });
  if (filter.role === NO_ROLE) return t('members.emptyNoRole');
  if (filter.role !== undefined) return t('members.emptyRole', { role: roleName });
  return filter.q ? t('members.emptySearch', { search: filter.q }) : t('members.empty');
}
