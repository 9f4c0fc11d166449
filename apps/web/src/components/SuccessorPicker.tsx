import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuccessorCandidate, SuccessorPickerState } from '../lib/members/successor-candidates';
import { classNames } from './class-names';
import { ErrorState } from './ErrorState';
import { Fieldset } from './Fieldset';
import { FormField } from './FormField';

interface SuccessorPickerProps extends SuccessorPickerState {
  /** The form field's name (`successorId`): a server error on it moves focus here. */
  name: string;
  error?: string;
}

/**
 * "Who takes over as administrator": a search over the customer's members and the matches as a radio group
 * (arrow keys move between them), the count said by a live region. Used where the last admin leaves and where
 * an admin gives up their own admin role; the caller owns the data (`useSuccessorChoice`).
 */
export function SuccessorPicker({
  name,
  error,
  search,
  onSearchChange,
  query,
  found,
  searching,
  loadError,
  onRetry,
  chosen,
  onChoose,
}: SuccessorPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  // The chosen member stays in view (and chosen) while another search runs.
  const shown: readonly SuccessorCandidate[] = found
    ? chosen && !found.candidates.some((candidate) => candidate.userId === chosen.userId)
      ? [chosen, ...found.candidates]
      : found.candidates
    : [];

  return (
    <Fieldset
      name={name}
      legend={t('successor.legend')}
      hint={t('successor.hint')}
      error={error}
      className="checkbox-group successor-picker"
    >
      <FormField label={t('successor.search')} hint={t('successor.searchHint')}>
        {(control) => (
          <input
            {...control}
            type="search"
            value={search}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onSearchChange(event.target.value)}
          />
        )}
      </FormField>
      <p className="successor-picker__status" role="status">
        {statusText()}
      </p>
      {loadError !== undefined ? (
        <ErrorState error={loadError} onRetry={onRetry} />
      ) : (
        shown.length > 0 && (
          <ul
            className={classNames('checkbox-group__list', searching && 'successor-picker__list--stale')}
            aria-busy={searching}
          >
            {shown.map((candidate) => {
              const inputId = `${id}-${candidate.userId}`;
              return (
                <li key={candidate.userId} className="checkbox-group__item">
                  <input
                    id={inputId}
                    type="radio"
                    name={`${id}-successor`}
                    value={candidate.userId}
                    checked={chosen?.userId === candidate.userId}
                    onChange={() => onChoose(candidate)}
                    aria-describedby={`${inputId}-email`}
                  />
                  <label className="checkbox-group__label" htmlFor={inputId}>
                    <span className="checkbox-group__title">{candidate.name}</span>
                    <span className="checkbox-group__description" id={`${inputId}-email`}>
                      {candidate.email}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )
      )}
    </Fieldset>
  );

  function statusText(): string {
    if (loadError !== undefined) return '';
    if (!found) return t('successor.searching');
    const count = found.candidates.length;
    if (count === 0) return query ? t('successor.noMatch', { q: query }) : t('successor.nobody');
    return found.more ? t('successor.foundMore', { count }) : t('successor.found', { count });
  }
}
