import { useRef, type ReactNode } from 'react';
import { useFocusOnArrival, usePageTitle } from './page-hooks';

interface PageProps {
  title: string;
  intro?: ReactNode;
  children?: ReactNode;
}

/** Every page's one h1, which also names the browser tab. */
export function Page({ title, intro, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useFocusOnArrival(heading);
  return (
    <>
      <div className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {intro && <p className="page-header__intro">{intro}</p>}
      </div>
      {children}
    </>
  );
}
