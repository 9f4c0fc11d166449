import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import { DataTable, type DataTableColumn, type DataTableSelection } from './DataTable';

interface Fruit {
  id: string;
  name: string;
  count: number;
}

const i18n = i18next.createInstance();
void i18n.init({ resources: { en: { translation: en } }, lng: 'en', initAsync: false });

const columns: DataTableColumn<Fruit>[] = [
  { header: 'Name', cell: (fruit, rowId) => <span id={rowId}>{fruit.name}</span> },
  { header: 'Count', numeric: true, cell: (fruit) => fruit.count },
];

function render(
  actions?: (fruit: Fruit, rowId: string) => ReactNode,
  extra: {
    columns?: DataTableColumn<Fruit>[];
    selection?: DataTableSelection<Fruit>;
    highlightedKey?: string;
  } = {},
) {
  const rows = [
    { id: 'a', name: 'Apple', count: 3 },
    { id: 'b', name: 'Pear', count: 0 },
  ];
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DataTable
        caption="Fruit"
        columns={extra.columns ?? columns}
        rows={rows}
        rowKey={(fruit) => fruit.id}
        actions={actions}
        selection={extra.selection}
        highlightedKey={extra.highlightedKey}
      />
    </I18nextProvider>,
  );
  // React's ids (useId) differ between versions: the test reads them as ID.
  return html.replace(/_r_[0-9a-z]+_/gi, 'ID');
}

describe('DataTable', () => {
  it('names the table, heads columns and rows, and labels cells for the card layout', () => {
    const html = render();
    expect(html).toContain('<caption class="visually-hidden">Fruit</caption>');
    expect(html).toContain('<th scope="col">Name</th><th scope="col" class="numeric">Count</th></tr>');
    expect(html).toContain(
      '<th scope="row"><span id="ID-0">Apple</span></th><td data-label="Count" class="numeric">3</td>',
    );
    expect(html).not.toContain('actions');
  });

  it('adds an actions column whose header is read out, and hands each row the id of its name', () => {
    const html = render((fruit, rowId) => <button aria-describedby={rowId}>Eat {fruit.name}</button>);
    expect(html).toContain('<th scope="col" class="actions"><span class="visually-hidden">Actions</span></th>');
    expect(html).toContain(
      '<td class="actions"><div class="row-actions"><button aria-describedby="ID-1">Eat Pear</button></div></td>',
    );
  });

  it('makes a sortable column’s header a button and says the order with aria-sort', () => {
    const sorted: DataTableColumn<Fruit>[] = [
      { ...columns[0], sort: { direction: 'descending', onSort: () => undefined } },
      { ...columns[1], sort: { direction: undefined, onSort: () => undefined } },
    ];
    const html = render(undefined, { columns: sorted });
    expect(html).toContain(
      '<th scope="col" aria-sort="descending"><button type="button" class="sort-button">Name' +
        '<span aria-hidden="true" class="sort-button__arrow" data-direction="descending"></span></button></th>',
    );
    expect(html).toContain(
      '<th scope="col" class="numeric" aria-sort="none"><button type="button" class="sort-button">',
    );
    // Without sorting, a header is plain text.
    expect(render()).toContain('<th scope="col">Name</th>');
  });

  it('adds a checkbox per row named by the row, and one for the whole page', () => {
    const selection: DataTableSelection<Fruit> = {
      selected: new Set(['b']),
      onChange: () => undefined,
      rowName: (fruit) => fruit.name,
    };
    const html = render(undefined, { selection });
    expect(html).toContain(
      '<th scope="col" class="select"><input type="checkbox" aria-label="Select all on this page"/>',
    );
    expect(html).toContain('<td class="select"><input type="checkbox" aria-label="Select Apple"/></td>');
    expect(html).toContain('<td class="select"><input type="checkbox" aria-label="Select Pear" checked=""/></td>');
    // The row header stays the first column of data.
    expect(html).toContain('</td><th scope="row"><span id="ID-1">Pear</span></th>');
  });

  it('checks the page box when every row is picked', () => {
    const html = render(undefined, {
      selection: { selected: new Set(['a', 'b']), onChange: () => undefined, rowName: (fruit) => fruit.name },
    });
    expect(html).toContain('aria-label="Select all on this page" checked=""/>');
  });

  it('marks the row a link points at and lets it take the focus', () => {
    const html = render(undefined, { highlightedKey: 'b' });
    expect(html).toContain('<tr class="is-highlighted" tabindex="-1" data-row-key="b">');
    expect(html).toContain('<tr><th scope="row"><span id="ID-0">Apple</span>');
  });
});
