import type { BulkStanding } from './invitation-bulk-actions.repository';
import { planDelete, planResend } from './invitation-bulk-plan';

const standing = (rows: (Partial<BulkStanding> & { id: string })[]) =>
  new Map(
    rows.map((row) => [
      row.id,
      { email: `${row.id}@example.test`, revoked: false, isMember: false, openInvitationId: null, ...row },
    ]),
  );

describe('planResend', () => {
  it('sends open ones again, reopens revoked ones, and says why not for the others, in the order asked', () => {
    const plan = planResend(
      ['open', 'joined', 'reinvited', 'revoked', 'gone'],
      standing([
        { id: 'open' },
        { id: 'joined', revoked: true, isMember: true },
        { id: 'reinvited', revoked: true, openInvitationId: 'newer' },
        { id: 'revoked', revoked: true },
      ]),
    );
    expect(plan.candidates).toEqual([
      { id: 'open', email: 'open@example.test', reopens: false },
      { id: 'revoked', email: 'revoked@example.test', reopens: true },
    ]);
    expect(plan.settled.map((row) => [row.id, row.email, row.refusal.outcome, row.refusal.invitationId])).toEqual([
      ['joined', 'joined@example.test', 'already_member', undefined],
      ['reinvited', 'reinvited@example.test', 'already_invited', 'newer'],
      ['gone', null, 'not_found', undefined],
    ]);
  });

  it('reopens one revoked invitation per address (case-insensitively), the first asked', () => {
    const plan = planResend(
      ['b', 'a'],
      standing([
        { id: 'a', email: 'Same@example.test', revoked: true },
        { id: 'b', email: 'same@EXAMPLE.test', revoked: true },
      ]),
    );
    expect(plan.candidates.map((row) => row.id)).toEqual(['b']);
    expect(plan.settled).toEqual([
      expect.objectContaining({
        id: 'a',
        refusal: expect.objectContaining({ outcome: 'already_invited', invitationId: 'b' }),
      }),
    ]);
  });
});

describe('planDelete', () => {
  it('deletes open ones; revoked and unknown ones are not found', () => {
    const plan = planDelete(['open', 'revoked', 'gone'], standing([{ id: 'open' }, { id: 'revoked', revoked: true }]));
    expect(plan.candidates.map((row) => row.id)).toEqual(['open']);
    expect(plan.settled.map((row) => [row.id, row.refusal.outcome, row.refusal.error.field])).toEqual([
      ['revoked', 'not_found', 'id'],
      ['gone', 'not_found', 'id'],
    ]);
  });
});
