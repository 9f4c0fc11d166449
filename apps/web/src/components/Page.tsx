import { useRef, type ReactNode } from 'react';
import { useFocusOnArrival, usePageTitle } from './page-hooks';

interface PageProps {
  title: string;
  intro?: ReactNode;
  /** The page's main commands (e.g. Invite user), beside the heading on wide screens, below it on phones. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** Every page's one h1, which also names the browser tab. */
export function Page({ title, intro, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useFocusOnArrival(heading);
  const header = (
    <div className="page-header">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro && <p className="page-header__intro">{intro}</p>}
    </div>
  );
  return (
    <>
      {actions ? (
        <div className="page-header-row">
          {header}
          <div className="page-header__actions">{actions}</div>
        </div>
      ) : (
        header
      )}
      {children}
    </>
  );
}
