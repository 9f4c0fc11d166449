import { parseMembershipChange } from './membership-event';

describe('parseMembershipChange', () => {
  const userId = '6f1c2d3e-0000-4000-8000-000000000001';
  const tenantId = '6f1c2d3e-0000-4000-8000-000000000002';

  it('reads the payload the triggers write', () => {
    expect(parseMembershipChange(JSON.stringify({ userId, tenantId, kind: 'permissions_changed' }))).toEqual({
      userId,
      tenantId,
      kind: 'permissions_changed',
    });
  });

  it.each([
    ['no payload', undefined],
    ['not JSON', '{userId'],
    ['not an object', '"membership_added"'],
    ['null', 'null'],
    ['an unknown kind', JSON.stringify({ userId, tenantId, kind: 'resync' })],
    ['no user', JSON.stringify({ tenantId, kind: 'membership_added' })],
    ['a tenant that is not a string', JSON.stringify({ userId, tenantId: 7, kind: 'membership_added' })],
  ])('ignores %s', (_case, payload) => {
    expect(parseMembershipChange(payload)).toBeUndefined();
  });
});
