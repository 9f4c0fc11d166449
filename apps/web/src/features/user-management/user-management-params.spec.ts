import { describe, expect, it } from 'vitest';
import {
  activityFilterFrom,
  FOCUS_TAB_STATE,
  invitationParams,
  isFocusTabState,
  memberParams,
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
  it('lead to the member or the invitation, searched by e-mail address', () => {
    expect(memberParams('carla@example.com').toString()).toBe('q=carla%40example.com');
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
