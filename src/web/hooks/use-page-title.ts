import { useEffect } from 'react';

/** Sets the browser tab's title, so each page has its own name in history and for screen readers. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Tandem` : 'Tandem';
  }, [title]);
}
