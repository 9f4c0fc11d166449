import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../../../locales/en.json';
import { summaryOf, type BulkRow } from './bulk-outcomes';

const row = (outcome: BulkRow['outcome'], id = Math.random().toString()): BulkRow => ({
  id,
  email: `${id}@example.test`,
  outcome,
  errors: [],
});

describe('summaryOf', () => {
  beforeAll(() => i18next.init({ lng: 'en', resources: { en: { translation: en } } }));

  it('says how many go, how many reopen, and why the others cannot', () => {
    const rows = [
      row('will_resend'),
      row('will_reopen'),
      row('over_daily_limit'),
      row('over_daily_limit'),
      row('not_found'),
    ];
    expect(summaryOf('resend', { dryRun: true, rows }, i18next.t)).toBe(
      '2 invitations will get a new link; their old links stop working at once. 1 of them was deleted and opens ' +
        'again. 3 cannot: 2 over your daily limit, 1 no longer open.',
    );
  });

  it('says plainly when none can go', () => {
    expect(summaryOf('resend', { dryRun: true, rows: [row('over_daily_limit')] }, i18next.t)).toBe(
      'No invitation can get a new link now. 1 cannot: 1 over your daily limit.',
    );
  });

  it('reports what a delete did', () => {
    const rows = [row('deleted'), row('not_found')];
    expect(summaryOf('delete', { dryRun: false, rows }, i18next.t)).toBe(
      '1 invitation deleted. 1 not done: 1 no longer open.',
    );
  });
});
