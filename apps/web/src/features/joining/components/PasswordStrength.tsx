import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import type { PasswordVerdict } from '../use-password-check';

/** The level shown: an unacceptable password never looks strong, whatever its guessing estimate. */
function levelOf(verdict: PasswordVerdict): 0 | 1 | 2 | 3 | 4 {
  if (verdict.acceptable) return verdict.score < 3 ? 3 : verdict.score;
  return verdict.score > 2 ? 2 : verdict.score;
}

/**
 * The strength hint below the password while it is typed: a meter, its level in words (announced when it
 * changes) and, until the password is acceptable, each reason why not.
 */
export function PasswordStrength({ id, verdict }: { id: string; verdict: PasswordVerdict | undefined }) {
  const { t } = useTranslation();
  if (!verdict) {
    return (
      <div id={id} className="password-strength">
        <p className="field__hint">{t('password.rules')}</p>
      </div>
    );
  }
  const level = levelOf(verdict);
  return (
    <div id={id} className="password-strength">
      <div className="password-strength__meter" data-level={level} aria-hidden="true">
        {[0, 1, 2, 3].map((segment) => (
          <span key={segment} className={segment < level ? 'is-filled' : undefined} />
        ))}
      </div>
      <p className="password-strength__level" aria-live="polite">
        {t('password.strength', { level: t(`password.levels.${level}`) })}
      </p>
      {verdict.acceptable ? (
        <p className="password-strength__ok">
          <Icon name="check" />
          {t('password.acceptable')}
        </p>
      ) : (
        <ul className="password-strength__problems">
          {verdict.problems.map((problem) => (
            <li key={problem}>{t(`password.problems.${problem}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
