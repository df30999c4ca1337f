import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import type { Page } from '../api/types';
import { PagedTable, wholeList } from './PagedTable';

interface Fruit {
  id: string;
  name: string;
}

function renderTable(
  page: Page<Fruit> | undefined,
  options: { failed?: boolean; pagerOnlyIfSeveralPages?: boolean; onPage?: undefined } = {},
) {
  localStorage.setItem('civiclimate.language', 'en');
  const onPage = vi.fn();
  render(
    <I18nProvider>
      <PagedTable
        captionId="fruits-caption"
        caption="Fruits"
        columns={['Name', 'Id']}
        page={page}
        empty="No fruit."
        rowKey={(fruit) => fruit.id}
        cells={(fruit) => (
          <>
            <th scope="row">{fruit.name}</th>
            <td>{fruit.id}</td>
          </>
        )}
        onPage={onPage}
        {...options}
      />
    </I18nProvider>,
  );
  return onPage;
}

const fruits: Fruit[] = [
  { id: 'a', name: 'Apple' },
  { id: 'b', name: 'Banana' },
];

afterEach(cleanup);

describe('PagedTable', () => {
  it('says it is loading until the page comes, unless asking for it failed', () => {
    renderTable(undefined);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    cleanup();

    renderTable(undefined, { failed: true });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says when the page is empty', () => {
    renderTable({ items: [], page: 0, size: 20, total: 0 });

    expect(screen.getByText('No fruit.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a row per item under the column headers, in a region named by the caption, and pages', () => {
    const onPage = renderTable({ items: fruits, page: 0, size: 2, total: 3 });

    const region = screen.getByRole('region', { name: 'Fruits' });
    const table = within(region).getByRole('table', { name: 'Fruits' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Name', 'Id']);
    expect(within(table).getByRole('row', { name: /Banana/ })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: 'b' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPage).toHaveBeenCalledWith(1);
  });

  it('may leave the pager out while everything fits on one page', () => {
    renderTable({ items: fruits, page: 0, size: 20, total: 2 }, { pagerOnlyIfSeveralPages: true });
    expect(screen.queryByRole('navigation')).toBeNull();
    cleanup();

    renderTable({ items: fruits, page: 0, size: 20, total: 2 });
    expect(screen.getByRole('navigation')).toBeTruthy();
  });

  it('shows a whole list, which has no pages, without a pager', () => {
    renderTable(wholeList(fruits), { onPage: undefined });

    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('navigation')).toBeNull();
    cleanup();

    renderTable(wholeList(undefined));
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });
});
