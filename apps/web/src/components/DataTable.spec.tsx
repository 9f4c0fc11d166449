import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import { DataTable, type DataTableColumn } from './DataTable';

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

function render(actions?: (fruit: Fruit, rowId: string) => ReactNode) {
  const rows = [
    { id: 'a', name: 'Apple', count: 3 },
    { id: 'b', name: 'Pear', count: 0 },
  ];
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DataTable caption="Fruit" columns={columns} rows={rows} rowKey={(fruit) => fruit.id} actions={actions} />
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
});
