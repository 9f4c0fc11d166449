import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/Alert';
import { Button } from '../../../../components/Button';
import { FormField } from '../../../../components/FormField';
import { errorMessage } from '../../../../lib/api/error-message';
import { useLanguage } from '../../../../lib/language/use-language';
import type { MemberCounts } from '../../api/count-members';
import { useExportMembers } from '../../api/export-members';
import type { Role } from '../../api/list-roles';
import type { MemberFilter } from '../../api/query-keys';
import { NO_ROLE } from '../../members-params';
import { SearchField } from '../SearchField';

interface MemberFiltersProps {
  tenantId: string;
  filter: MemberFilter;
  roles: readonly Role[] | undefined;
  /** For the search as typed: undefined while the first counts load. */
  counts: MemberCounts | undefined;
  onRole: (role: string | undefined) => void;
  onSearch: (q: string) => void;
}

/** The role filter with each choice's number of members, the text search, and the export of what they select. */
export function MemberFilters({ tenantId, filter, roles, counts, onRole, onSearch }: MemberFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const exporting = useExportMembers();
  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : t('members.withCount', { label, count });
  const countOf = (id: string) => counts?.roles.find((role) => role.roleId === id)?.members;

  return (
    <>
      <div className="filter-bar">
        <div className="filter-bar__role">
          <FormField label={t('members.roleFilter')} hint={t('members.roleFilterHint')}>
            {(control) => (
              <select
                {...control}
                value={filter.role ?? ''}
                onChange={(event) => onRole(event.target.value || undefined)}
              >
                <option value="">{withCount(t('members.allRoles'), counts?.all)}</option>
                {roles?.map((role) => (
                  <option key={role.id} value={role.id}>
                    {withCount(role.name, countOf(role.id))}
                  </option>
                ))}
                <option value={NO_ROLE}>{withCount(t('members.noRoleOption'), counts?.withoutRole)}</option>
              </select>
            )}
          </FormField>
        </div>
        <SearchField label={t('members.search')} hint={t('members.searchHint')} value={filter.q} onSearch={onSearch} />
        <Button
          variant="secondary"
          loading={exporting.isPending}
          loadingLabel={t('members.exporting')}
          onClick={() => exporting.mutate({ tenantId, filter })}
        >
          {t('members.exportCsv')}
        </Button>
      </div>
      {exporting.isError && <Alert tone="error">{errorMessage(exporting.error, t, language)}</Alert>}
    </>
  );
}
