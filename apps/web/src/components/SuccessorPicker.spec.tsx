import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import de from '../locales/de.json';
import en from '../locales/en.json';
import type { SuccessorPickerState } from '../lib/members/successor-candidates';
import { SuccessorPicker } from './SuccessorPicker';

const i18n = i18next.createInstance();
void i18n.init({ resources: { en: { translation: en }, de: { translation: de } }, lng: 'en', initAsync: false });

const sam = { userId: 's', name: 'Sam Successor', email: 'sam@example.com' };
const bea = { userId: 'b', name: 'Bea Buyer', email: 'bea@example.com' };

const state = (changes: Partial<SuccessorPickerState> = {}): SuccessorPickerState => ({
  search: '',
  onSearchChange: () => undefined,
  query: '',
  found: { candidates: [sam, bea], more: false },
  searching: false,
  loadError: undefined,
  onRetry: () => undefined,
  chosen: undefined,
  onChoose: () => undefined,
  ...changes,
});

function render(changes: Partial<SuccessorPickerState> = {}, error?: string, language = 'en') {
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <SuccessorPicker name="successorId" error={error} {...state(changes)} />
    </I18nextProvider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('SuccessorPicker', () => {
  it('is a named group with a labelled search and one radio button per member, the count in a live region', () => {
    const html = render();
    expect(html).toMatch(/<fieldset name="successorId"[^>]*><legend class="field__label">New administrator<\/legend>/);
    expect(html).toContain('type="search"');
    expect(text(html)).toContain('Search members');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(text(html)).toContain('Sam Successor sam@example.com');
    expect(html).toMatch(/role="status"[^>]*>2 members found\.</);
  });

  it('marks the chosen member and keeps them in view when another search does not find them', () => {
    const html = render({ chosen: sam, query: 'bea', found: { candidates: [bea], more: false } });
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toMatch(/checked="" value="s"/);
    expect(html).toMatch(/role="status"[^>]*>1 member found\.</);
  });

  it('says when nothing matches, when nobody could take over, and when there are more', () => {
    expect(render({ query: 'zed', found: { candidates: [], more: false } })).toContain('No member matches “zed”.');
    expect(render({ found: { candidates: [], more: false } })).toContain(
      'There is no other member who could take over. Invite someone first.',
    );
    expect(render({ found: { candidates: [sam], more: true } })).toContain('The first 1 members are shown.');
  });

  it('shows a field error tied to the group, and speaks German', () => {
    const html = render({}, 'Choose who takes over.');
    expect(html).toContain('field--invalid');
    expect(html).toMatch(/aria-describedby="[^"]*-hint [^"]*-error"/);
    expect(text(render({}, undefined, 'de'))).toContain('Neuer Administrator');
  });
});
