import { describe, expect, it } from 'vitest';
import {
  activityFilterFrom,
  invitationViewFrom,
  linkedInvitationFrom,
  linkedInvitationParams,
  nextSort,
  withoutInvitationFilters,
  FOCUS_TAB_STATE,
  invitationParams,
  isFocusTabState,
  searchFrom,
  statusFrom,
  tabFrom,
  tabParams,
  withFilter,
} from './user-management-params';

const params = (query: string) => new URLSearchParams(query);

describe('the user management address', () => {
  it('opens the Users tab unless the URL names another known tab', () => {
    expect(tabFrom(params(''))).toBe('users');
    expect(tabFrom(params('tab=invitations'))).toBe('invitations');
    expect(tabFrom(params('tab=activity'))).toBe('activity');
    expect(tabFrom(params('tab=nonsense'))).toBe('users');
  });

  it('reads only known statuses and a trimmed search', () => {
    expect(statusFrom(params('status=expired'))).toBe('expired');
    expect(statusFrom(params('status=revoked'))).toBe('revoked');
    expect(statusFrom(params('status=accepted'))).toBeUndefined();
    expect(searchFrom(params('q=%20anna%20'))).toBe('anna');
  });

  it('starts each tab without the other tab’s filters', () => {
    expect(tabParams('users').toString()).toBe('');
    expect(tabParams('invitations').toString()).toBe('tab=invitations');
    expect(tabParams('activity').toString()).toBe('tab=activity');
  });

  it('sets and drops one filter, keeping the rest', () => {
    const current = params('tab=invitations&status=pending');
    expect(withFilter(current, 'q', 'anna').toString()).toBe('tab=invitations&status=pending&q=anna');
    expect(withFilter(current, 'status', undefined).toString()).toBe('tab=invitations');
  });
});

describe('the Activity tab’s address', () => {
  const anna = '0b9c3a5e-3f4d-4a8e-9d51-7a1f2c3b4d5e';
  const invitation = 'A1B2C3D4-0000-4000-8000-000000000001';

  it('reads a known kind and the ids of the actor and the target', () => {
    expect(activityFilterFrom(params(`tab=activity&kind=login&actor=${anna}&target=${invitation}`))).toEqual({
      kind: 'login',
      actor: anna,
      target: invitation.toLowerCase(),
    });
  });

  it('ignores what the API would refuse: an unknown kind, a malformed id', () => {
    expect(activityFilterFrom(params('kind=payments&actor=anna&target=1'))).toEqual({
      kind: undefined,
      actor: undefined,
      target: undefined,
    });
  });
});

describe('links from an entry', () => {
  it('lead to the invitation, searched by e-mail address', () => {
    expect(invitationParams('bob@example.com').toString()).toBe('tab=invitations&q=bob%40example.com');
    expect(invitationParams('bob@example.com', 'revoked').toString()).toBe(
      'tab=invitations&status=revoked&q=bob%40example.com',
    );
  });
});

describe('the navigation state of a link to a tab', () => {
  it('is recognised, and nothing else is', () => {
    expect(isFocusTabState(FOCUS_TAB_STATE)).toBe(true);
    expect(isFocusTabState(null)).toBe(false);
    expect(isFocusTabState({ focusTab: 'yes' })).toBe(false);
  });
});

describe('the Invitations tab’s address', () => {
  const id = '3f2b8c1e-0a4d-4e5f-9b6c-7d8e9f0a1b2c';

  it('reads status, delivery, role (or none), inviter, text and order', () => {
    expect(
      invitationViewFrom(
        params(`status=expired&delivery=failed&role=${id.toUpperCase()}&inviter=${id}&q=%20anna%20&sort=-email`),
      ),
    ).toEqual({ status: 'expired', delivery: 'failed', roleId: id, inviterId: id, q: 'anna', sort: '-email' });
    expect(invitationViewFrom(params('role=NONE')).roleId).toBe('none');
  });

  it('drops what it does not know: a mangled link shows the open invitations, newest sent first', () => {
    expect(invitationViewFrom(params('delivery=bounced&role=admins&inviter=42&sort=name'))).toEqual({
      status: undefined,
      delivery: undefined,
      roleId: undefined,
      inviterId: undefined,
      q: '',
      sort: '-sent',
    });
  });

  it('sorts a column ascending first, then descending, and back', () => {
    expect(nextSort('-sent', 'email')).toBe('email');
    expect(nextSort('email', 'email')).toBe('-email');
    expect(nextSort('-email', 'email')).toBe('email');
    expect(nextSort('-sent', 'sent')).toBe('sent');
    expect(nextSort('sent', 'sent')).toBe('-sent');
  });

  it('resets the filters and a link to one invitation, keeping the tab and the order', () => {
    const current = params(
      `tab=invitations&status=pending&delivery=failed&role=none&inviter=${id}&q=a&sort=email&invitation=${id}`,
    );
    expect(withoutInvitationFilters(current).toString()).toBe('tab=invitations&sort=email');
  });

  it('reads and writes a link to one invitation (as the e-mail “asks for a new link” has it)', () => {
    expect(linkedInvitationParams(id).toString()).toBe(`tab=invitations&invitation=${id}`);
    expect(linkedInvitationFrom(params(`tab=invitations&invitation=${id.toUpperCase()}`))).toBe(id);
    expect(linkedInvitationFrom(params('invitation=../../etc'))).toBeUndefined();
  });
});
