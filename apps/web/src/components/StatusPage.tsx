import { useRef, type ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import { useFocusOnArrival, usePageTitle } from './page-hooks';

interface StatusPageProps {
  icon: IconName;
  title: string;
  text: ReactNode;
  action?: ReactNode;
}

/** A page that only says what happened and offers one way on: not found, no access, an error. */
export function StatusPage({ icon, title, text, action }: StatusPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useFocusOnArrival(heading);
  return (
    <div className="status-page">
      <span className="status-page__icon">
        <Icon name={icon} />
      </span>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="status-page__text">{text}</p>
      {action}
    </div>
  );
}
