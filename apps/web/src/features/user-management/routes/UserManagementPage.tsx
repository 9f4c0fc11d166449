import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Button, buttonClass } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { Page } from '../../../components/Page';
import { Tabs } from '../../../components/Tabs';
import { customerPath } from '../../../lib/customers/customer-paths';
import { useCurrentCustomer } from '../../../lib/customers/current-customer';
import { ActivityTab } from '../components/activity/ActivityTab';
import { InvitationsTab } from '../components/invitations/InvitationsTab';
import { InviteUserDialog } from '../components/invitations/InviteUserDialog';
import { MembersTab } from '../components/members/MembersTab';
import { useInvitationCounts } from '../api/count-invitations';
import {
  ACTOR_PARAM,
  INVITATION_PARAM,
  KIND_PARAM,
  SEARCH_PARAM,
  TARGET_PARAM,
  activityFilterFrom,
  invitationViewFrom,
  isFocusTabState,
  linkedInvitationFrom,
  searchFrom,
  tabFrom,
  tabParams,
  withFilter,
  withoutInvitationFilters,
} from '../user-management-params';

const ACTIVITY_PARAMS = { kind: KIND_PARAM, actor: ACTOR_PARAM, target: TARGET_PARAM } as const;

/** `/c/:customerNumber/users`: the members, the invitations and the activity of a customer. Admins only. */
export function UserManagementPage() {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  const [searchParams, setSearchParams] = useSearchParams();
  const [inviting, setInviting] = useState(false);
  const inviteButton = useRef<HTMLButtonElement>(null);
  const tabs = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const tab = tabFrom(searchParams);
  const search = searchFrom(searchParams);
  const setFilter = (name: string, value: string | undefined) =>
    setSearchParams((current) => withFilter(current, name, value), { replace: true });
  // The tab's label counts all open invitations, whatever the filters.
  const invitationCounts = useInvitationCounts(customer.tenantId, { roleId: undefined, inviterId: undefined, q: '' });
  const openInvitations = invitationCounts.data?.open;

  // A link within the page (an Activity entry's) leaves its own tab: focus moves to the tab it opened.
  useEffect(() => {
    if (isFocusTabState(location.state)) {
      tabs.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    }
  }, [location.key, location.state]);

  return (
    <Page
      title={t('userManagement.title')}
      intro={t('userManagement.intro', { company: customer.companyName })}
      actions={
        <>
          <Link className={buttonClass('secondary')} to={customerPath(customer.customerNumber, 'roles')}>
            <Icon name="roles" />
            <span>{t('userManagement.manageRoles')}</span>
          </Link>
          <Button ref={inviteButton} icon="userPlus" onClick={() => setInviting(true)}>
            {t('userManagement.invite')}
          </Button>
        </>
      }
    >
      <div ref={tabs}>
        <Tabs
          label={t('userManagement.tabsLabel')}
          tabs={[
            { key: 'users', label: t('userManagement.usersTab') },
            {
              key: 'invitations',
              label:
                openInvitations === undefined
                  ? t('userManagement.invitationsTab')
                  : t('userManagement.invitationsTabCount', { count: openInvitations }),
            },
            { key: 'activity', label: t('activity.tab') },
          ]}
          selected={tab}
          onSelect={(key) => setSearchParams(tabParams(key), { replace: true })}
        >
          {tab === 'users' ? (
            <MembersTab search={search} onSearch={(q) => setFilter(SEARCH_PARAM, q)} fallbackFocus={inviteButton} />
          ) : tab === 'activity' ? (
            <ActivityTab
              filter={activityFilterFrom(searchParams)}
              onFilter={(name, value) => setFilter(ACTIVITY_PARAMS[name], value)}
              onClear={() => setSearchParams(tabParams('activity'), { replace: true })}
            />
          ) : (
            <InvitationsTab
              view={invitationViewFrom(searchParams)}
              linkedId={linkedInvitationFrom(searchParams)}
              onFilter={setFilter}
              onReset={() => setSearchParams(withoutInvitationFilters, { replace: true })}
              onShowAll={() => setFilter(INVITATION_PARAM, undefined)}
              fallbackFocus={inviteButton}
            />
          )}
        </Tabs>
      </div>
      {inviting && (
        <InviteUserDialog
          tenantId={customer.tenantId}
          customerNumber={customer.customerNumber}
          onClose={() => setInviting(false)}
          onGoToInvitations={() => {
            setInviting(false);
            setSearchParams(tabParams('invitations'));
          }}
        />
      )}
    </Page>
  );
}
