import { fitQuota, planBatch } from './invitation-batch-plan';

const roles = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Buyer' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Invoices' },
];

describe('planBatch', () => {
  it('trims addresses and resolves role names case-insensitively, merging them with role ids', () => {
    const { candidates, settled } = planBatch(
      [{ email: '  ann@example.com ', roleNames: ['buyer', ' INVOICES'], roleIds: [roles[0].id], language: 'de' }],
      roles,
    );
    expect(settled).toEqual([]);
    expect(candidates).toEqual([
      { index: 0, email: 'ann@example.com', roleIds: [roles[0].id, roles[1].id], language: 'de' },
    ]);
  });

  it('says why an address is invalid', () => {
    const { settled } = planBatch(
      [{ email: '' }, { email: 'no-at.example.com' }, { email: 'a b@example.com' }, { email: 'Ann <ann@example.com>' }],
      roles,
    );
    expect(settled.map((row) => [row.outcome, row.error.message])).toEqual([
      ['invalid_email', 'is empty'],
      ['invalid_email', 'has no @'],
      ['invalid_email', 'contains a space'],
      ['invalid_email', 'contains a space'],
    ]);
  });

  it('marks a repeated address as a duplicate of its first row, whatever its case', () => {
    const { candidates, settled } = planBatch(
      [{ email: 'ann@example.com' }, { email: 'bob@example.com' }, { email: 'ANN@example.com' }],
      roles,
    );
    expect(candidates.map((row) => row.index)).toEqual([0, 1]);
    expect(settled).toEqual([
      expect.objectContaining({
        index: 2,
        outcome: 'duplicate',
        duplicateOf: 0,
        error: expect.objectContaining({ message: 'is already in row 1 of this list' }),
      }),
    ]);
  });

  it('names the unknown roles of a row', () => {
    const { settled } = planBatch(
      [
        { email: 'ann@example.com', roleNames: ['Buyer', 'Owner', 'Boss'] },
        { email: 'bob@example.com', roleIds: ['33333333-3333-4333-8333-333333333333'] },
      ],
      roles,
    );
    expect(settled.map((row) => [row.outcome, row.error.field, row.error.message])).toEqual([
      ['unknown_role', 'roleNames', 'names roles this customer does not have: Owner, Boss'],
      ['unknown_role', 'roleIds', 'contains a role this customer does not have'],
    ]);
  });
});

describe('fitQuota', () => {
  it('fits the first rows into the admin’s remaining e-mails, and refuses addresses without e-mails left', () => {
    const rows = ['a', 'b', 'c', 'd'].map((email) => ({ email }));
    const verdict = fitQuota(rows, 2, (email) => (email === 'b' ? 0 : 5));
    expect(verdict.fits.map((row) => row.email)).toEqual(['a', 'c']);
    expect(verdict.overRecipient.map((row) => row.email)).toEqual(['b']);
    expect(verdict.overDaily.map((row) => row.email)).toEqual(['d']);
  });
});
