import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import type { RoleImpact } from '../../api/get-role-impact';

/**
 * "This affects 3 members (at once) and 2 open invitations (on acceptance)." for a change of areas (or a
 * deletion); "Renaming changes what 3 members and 2 open invitations show." for a rename alone.
 */
export function RoleImpactText({
  impact,
  kind = 'areas',
}: {
  impact: UseQueryResult<RoleImpact>;
  kind?: 'areas' | 'rename';
}) {
  const { t } = useTranslation();
  if (impact.isPending) return <LoadingState label={t('roles.impactLoading')} />;
  if (impact.isError) return <ErrorState error={impact.error} onRetry={() => void impact.refetch()} />;
  const { members, openInvitations } = impact.data;
  return (
    <p className="impact">
      <strong>
        {t(kind === 'rename' ? 'roles.impactRename' : 'roles.impact', {
          members: t('roles.impactMembers', { count: members }),
          invitations: t('roles.impactInvitations', { count: openInvitations }),
        })}
      </strong>
    </p>
  );
}
