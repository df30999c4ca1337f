import { useEffect } from 'react';

/** Names the browser's tab after the page: "<page> · Civiclimate". */
export function usePageTitle(page: string | undefined) {
  useEffect(() => {
    document.title = page ? `${page} · Civiclimate` : 'Civiclimate';
  }, [page]);
}
