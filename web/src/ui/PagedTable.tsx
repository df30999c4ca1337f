import { Children, cloneElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { Page } from '../api/types';
import { Pager } from './Pager';

/** The cells of a row, each told its column's header: on a phone, the row shows as a card that names each cell. */
function labelled(cells: ReactNode, columns: readonly string[]): ReactNode {
  const children =
    isValidElement(cells) && cells.type === Fragment
      ? (cells as ReactElement<{ children?: ReactNode }>).props.children
      : cells;
  return Children.map(children, (cell, index) =>
    isValidElement(cell)
      ? cloneElement(cell as ReactElement<Record<string, unknown>>, { 'data-label': columns[index] })
      : cell,
  );
}

/**
 * A page of a list as a table (cards on a phone, actions included): "loading" until the page comes (unless it failed), a sentence when it is empty, else
 * the table in a region that scrolls on its own (named by the caption, reachable by keyboard), and its pager.
 */
export function PagedTable<T>({
  captionId,
  caption,
  columns,
  page,
  failed = false,
  empty,
  rowKey,
  cells,
  onPage,
  pagerOnlyIfSeveralPages = false,
}: {
  /** The caption's id, which names the region around the table. */
  captionId: string;
  caption: string;
  /** The column headers. */
  columns: readonly string[];
  page: Page<T> | undefined;
  /** Whether asking for the page failed (the page says why): then it is no longer loading. */
  failed?: boolean;
  /** What to say when the page has no item. */
  empty: string;
  rowKey: (item: T) => string;
  /** The cells of an item's row. */
  cells: (item: T) => ReactNode;
  /** Turns the page; without it, no pager (e.g. for a whole list). */
  onPage?: (page: number) => void;
  pagerOnlyIfSeveralPages?: boolean;
}) {
  const { t } = useI18n();
  if (!page) {
    return failed ? null : <p role="status">{t('common.loading')}</p>;
  }
  if (page.items.length === 0) {
    return <p className="empty">{empty}</p>;
  }
  return (
    <>
      {/* A region that scrolls on its own must be reachable by keyboard (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-wrap responsive" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, index) => (
                // Two headers may read the same in some language: their place tells them apart.
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.items.map((item) => (
              <tr key={rowKey(item)}>{labelled(cells(item), columns)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      {onPage && (!pagerOnlyIfSeveralPages || page.total > page.size) ? (
        <Pager page={page.page} size={page.size} total={page.total} onPage={onPage} />
      ) : null}
    </>
  );
}

/** A whole list (which the API does not page) as the one page of a PagedTable. */
export function wholeList<T>(items: T[] | undefined): Page<T> | undefined {
  return items && { items, page: 0, size: items.length, total: items.length };
}
