import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../../components/Icon';
import { formatDateTime } from '../../../../lib/format';
import { useLanguage } from '../../../../lib/language/use-language';
import type { AuditEvent } from '../../api/list-audit-events';
import { FOCUS_TAB_STATE, type ActivityFilter } from '../../user-management-params';
import { activityLink } from './activity-link';
import { describeActivity, isSecurityEvent, type People, type SentencePart } from './activity-sentence';
import { KIND_ICONS, kindOf } from './activity-kinds';
import { formatRelativeTime } from './relative-time';

interface ActivityEntryProps {
  event: AuditEvent;
  people: People;
  customerNumber: string;
  filter: ActivityFilter;
  now: Date;
  onActor: (userId: string, name: string) => void;
  onTarget: (id: string, name: string) => void;
}

/** One entry of the log: when, one sentence (its names filter the log), the details, a link to what it names. */
export function ActivityEntry({ event, people, customerNumber, filter, now, onActor, onTarget }: ActivityEntryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sentenceId = useId();
  const { parts, quote } = describeActivity(event, { t, language, people });
  const link = activityLink(event, customerNumber);
  const security = isSecurityEvent(event.action);
  const absolute = formatDateTime(event.at, language);

  const part = (piece: SentencePart, index: number) => {
    switch (piece.kind) {
      case 'text':
        return piece.text;
      case 'name':
        return (
          <strong key={index} className="activity-entry__name">
            {piece.text}
          </strong>
        );
      case 'actor':
        return (
          <FilterName
            key={index}
            name={piece.text}
            active={filter.actor === piece.userId}
            title={t('activity.filterByActor', { name: piece.text })}
            onClick={() => onActor(piece.userId, piece.text)}
          />
        );
      case 'target':
        return (
          <FilterName
            key={index}
            name={piece.text}
            active={filter.target === piece.id}
            title={t('activity.filterByTarget', { name: piece.text })}
            onClick={() => onTarget(piece.id, piece.text)}
          />
        );
    }
  };

  return (
    <li className={security ? 'activity-entry activity-entry--security' : 'activity-entry'}>
      <span className="activity-entry__icon" aria-hidden="true">
        <Icon name={KIND_ICONS[kindOf(event.action)]} />
      </span>
      <div className="activity-entry__when">
        <time dateTime={event.at} title={absolute}>
          {formatRelativeTime(event.at, language, now)}
        </time>
        <span className="cell-note">{absolute}</span>
      </div>
      <div className="activity-entry__body">
        <p id={sentenceId} className="activity-entry__sentence">
          {parts.map(part)}
        </p>
        {quote && (
          <blockquote className="activity-entry__quote">
            <span className="visually-hidden">{t('activity.message')}: </span>
            {quote}
          </blockquote>
        )}
        {security && (
          <p className="activity-entry__meta">
            <span className="badge badge--neutral">{t('activity.security')}</span>
            {event.ip && <span className="activity-entry__ip">{t('activity.ip', { ip: event.ip })}</span>}
          </p>
        )}
      </div>
      {link && (
        <Link
          className="activity-entry__link"
          to={link.to}
          state={FOCUS_TAB_STATE}
          aria-describedby={sentenceId}
          aria-label={
            link.shows === 'member'
              ? t('activity.viewMemberFor', { name: link.name })
              : link.shows === 'invitation'
                ? t('activity.viewInvitationFor', { name: link.name })
                : t('activity.viewRoleFor', { name: link.name })
          }
        >
          {link.shows === 'member'
            ? t('activity.viewMember')
            : link.shows === 'invitation'
              ? t('activity.viewInvitation')
              : t('activity.viewRole')}
          <Icon name="chevronRight" />
        </Link>
      )}
    </li>
  );
}

interface FilterNameProps {
  name: string;
  /** The log is filtered by this name already: it is shown, not offered. */
  active: boolean;
  title: string;
  onClick: () => void;
}

/** A name in an entry's sentence; clicking it filters the log by that person or thing. */
function FilterName({ name, active, title, onClick }: FilterNameProps) {
  if (active) return <strong className="activity-entry__name">{name}</strong>;
  return (
    <button type="button" className="link-button activity-entry__name" title={title} onClick={onClick}>
      {name}
    </button>
  );
}
