import { useEffect, useState } from 'react';

const SEARCH_DELAY_MS = 300;
const NOTHING = () => {};

/**
 * A search field's text as one types (`query`), and what is searched (`search`): the same, trimmed, once typing
 * pauses; `onSearch` hears each new search (to go back to the first page, say).
 */
export function useSearch(onSearch: () => void = NOTHING) {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const wanted = query.trim();
    if (wanted === search) return undefined;
    const timer = window.setTimeout(() => {
      setSearch(wanted);
      onSearch();
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, search, onSearch]);
  return { query, setQuery, search };
}
