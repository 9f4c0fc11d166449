import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { Icon } from '../../../components/Icon';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { StatusNotice } from '../../../components/StatusNotice';
import { customerPath } from '../../../lib/customers/customer-paths';
import { useCurrentCustomer } from '../../../lib/customers/current-customer';
import { useRoles, type Role } from '../api/list-roles';
import { DeleteRoleDialog } from '../components/roles/DeleteRoleDialog';
import { RoleDialog } from '../components/roles/RoleDialog';
import { RolesTable } from '../components/roles/RolesTable';

type OpenDialog = { kind: 'create' } | { kind: 'edit'; role: Role } | { kind: 'delete'; role: Role } | undefined;

/** `/c/:customerNumber/roles`: the customer's roles, what each opens, and whom it concerns. Admins only. */
export function RolesPage() {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  const roles = useRoles(customer.tenantId);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [notice, setNotice] = useState<string>();
  const createButton = useRef<HTMLButtonElement>(null);

  const done = (message: string) => {
    setDialog(undefined);
    setNotice(message);
  };

  return (
    <Page
      title={t('roles.title')}
      intro={t('roles.intro', { company: customer.companyName })}
      actions={
        <Button
          ref={createButton}
          icon="plus"
          onClick={() => {
            setNotice(undefined);
            setDialog({ kind: 'create' });
          }}
        >
          {t('roles.createButton')}
        </Button>
      }
    >
      <p className="back-link">
        <Link to={customerPath(customer.customerNumber, 'users')}>
          <Icon name="arrowLeft" />
          {t('roles.backToUsers')}
        </Link>
      </p>
      <StatusNotice message={notice} onDismiss={() => setNotice(undefined)} />
      {roles.isPending ? (
        <LoadingState />
      ) : roles.isError ? (
        <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />
      ) : roles.data.length === 0 ? (
        <EmptyState icon="roles">{t('roles.empty')}</EmptyState>
      ) : (
        <div className="panel panel--flush">
          <RolesTable
            caption={t('roles.caption', { company: customer.companyName })}
            roles={roles.data}
            onEdit={(role) => {
              setNotice(undefined);
              setDialog({ kind: 'edit', role });
            }}
            onDelete={(role) => {
              setNotice(undefined);
              setDialog({ kind: 'delete', role });
            }}
          />
        </div>
      )}
      {dialog?.kind === 'create' && (
        <RoleDialog tenantId={customer.tenantId} onClose={() => setDialog(undefined)} onSaved={done} />
      )}
      {dialog?.kind === 'edit' && (
        <RoleDialog
          tenantId={customer.tenantId}
          role={dialog.role}
          onClose={() => setDialog(undefined)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteRoleDialog
          tenantId={customer.tenantId}
          role={dialog.role}
          onClose={() => setDialog(undefined)}
          onDeleted={done}
          returnFocusTo={createButton}
        />
      )}
    </Page>
  );
}
