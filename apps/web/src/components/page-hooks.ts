import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/**
 * After a link or a redirect, moves focus to the new page's heading so that screen readers announce it
 * and the next Tab starts there. A fresh load or Back keeps the browser's own focus. A change of the
 * query alone (a tab, a filter) stays on the same page and leaves the focus where the user is.
 */
export function useFocusOnArrival(target: RefObject<HTMLElement | null>): void {
  const navigationType = useNavigationType();
  const { pathname } = useLocation();
  const arrivedAt = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (arrivedAt.current === pathname) return;
    arrivedAt.current = pathname;
    if (navigationType !== NavigationType.Pop) target.current?.focus();
  }, [target, navigationType, pathname]);
}
