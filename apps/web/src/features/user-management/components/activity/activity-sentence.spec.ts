import { describe, expect, it } from 'vitest';
import { testT } from '../../../../test-support/i18n';
import type { AuditEvent } from '../../api/list-audit-events';
import { activityLink } from './activity-link';
import { describeActivity, isSecurityEvent, peopleIn, sentenceText, type People } from './activity-sentence';

const ANNA = { id: 'a0000000-0000-4000-8000-000000000001', name: 'Anna Admin', email: 'anna@example.com' };
const BERT = { id: 'b0000000-0000-4000-8000-000000000002', name: 'Bert Boss', email: 'bert@example.com' };
const CARLA = { id: 'c0000000-0000-4000-8000-000000000003', name: 'Carla Clerk', email: 'carla@example.com' };
const INVITATION = 'd0000000-0000-4000-8000-000000000004';
const ROLE = 'e0000000-0000-4000-8000-000000000005';

function event(action: AuditEvent['action'], rest: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: '1',
    at: '2026-12-01T12:00:00.000Z',
    action,
    actor: ANNA,
    target: { type: 'invitation', id: INVITATION, label: 'bob@example.com' },
    before: null,
    after: null,
    ip: null,
    ...rest,
  };
}

const member = (user: { id: string; email: string }) => ({ type: 'member' as const, id: user.id, label: user.email });
const role = (label: string) => ({ type: 'role' as const, id: ROLE, label });

function say(entry: AuditEvent, language: 'en' | 'de' = 'en', people: People = new Map()): string {
  return sentenceText(describeActivity(entry, { t: testT(language), language, people }).parts);
}

describe('an entry as one sentence', () => {
  it('names who invited whom, with which roles', () => {
    expect(say(event('invitation.created', { after: { roles: ['Buyer'], language: 'en' } }))).toBe(
      'Anna Admin invited bob@example.com (Buyer)',
    );
    expect(say(event('invitation.created', { after: { roles: [], language: 'en' } }))).toBe(
      'Anna Admin invited bob@example.com without roles',
    );
    expect(say(event('invitation.created', { after: { roles: ['Buyer', 'Controller'] } }), 'de')).toBe(
      'Anna Admin hat bob@example.com eingeladen (Buyer, Controller)',
    );
  });

  it('tells a resend from reopening a revoked invitation', () => {
    expect(say(event('invitation.resent', { after: { reopened: false } }))).toBe(
      'Anna Admin sent bob@example.com a new invitation link',
    );
    expect(say(event('invitation.resent', { after: { reopened: true } }))).toBe(
      'Anna Admin reopened the revoked invitation for bob@example.com and sent a new link',
    );
  });

  it('says who deleted an invitation, or why CloudHub revoked it', () => {
    expect(say(event('invitation.revoked', { after: { reason: 'deleted' } }))).toBe(
      'Anna Admin deleted the invitation for bob@example.com',
    );
    const automatic = (reason: string) =>
      event('invitation.revoked', { actor: null, after: { reason, inviterId: ANNA.id, causedBy: BERT.id } });
    const people = new Map([[ANNA.id, ANNA.name]]);
    expect(say(automatic('inviter_removed'), 'en', people)).toBe(
      'CloudHub revoked the invitation for bob@example.com because Anna Admin was removed',
    );
    expect(say(automatic('inviter_left'), 'en', people)).toBe(
      'CloudHub revoked the invitation for bob@example.com because Anna Admin left the customer',
    );
    expect(say(automatic('inviter_lost_rights'), 'de', people)).toBe(
      'CloudHub hat die Einladung für bob@example.com widerrufen, weil Anna Admin keine Benutzer mehr verwaltet',
    );
    // The name recorded with the revocation, else from the inviter's own entries, else a description.
    const recorded = event('invitation.revoked', {
      actor: null,
      after: { reason: 'inviter_removed', inviterId: ANNA.id, inviterName: 'Anna Former' },
    });
    expect(say(recorded)).toBe('CloudHub revoked the invitation for bob@example.com because Anna Former was removed');
    expect(say(automatic('inviter_removed'))).toBe(
      'CloudHub revoked the invitation for bob@example.com because the inviting admin was removed',
    );
  });

  it('describes members joining, changing roles, being removed and leaving', () => {
    const people = peopleIn([event('login.succeeded', { actor: CARLA })]);
    expect(
      say(
        event('member.roles_changed', {
          actor: BERT,
          target: member(CARLA),
          before: [{ id: '1', name: 'Buyer' }] as unknown as AuditEvent['before'],
          after: [
            { id: '1', name: 'Buyer' },
            { id: '2', name: 'Invoices' },
          ] as unknown as AuditEvent['after'],
        }),
        'en',
        people,
      ),
    ).toBe('Bert Boss changed the roles of Carla Clerk from Buyer to Buyer, Invoices');
    expect(
      say(
        event('member.roles_changed', {
          actor: BERT,
          target: member(CARLA),
          before: [] as unknown as AuditEvent['before'],
          after: [{ id: '1', name: 'Buyer' }] as unknown as AuditEvent['after'],
        }),
        'de',
      ),
    ).toBe('Bert Boss hat die Rollen von carla@example.com von keine Rollen in Buyer geändert');
    expect(say(event('member.removed', { actor: BERT, target: member(ANNA) }))).toBe(
      'Bert Boss removed anna@example.com',
    );
    expect(say(event('member.left', { actor: CARLA, target: member(CARLA) }))).toBe('Carla Clerk left the customer');
    expect(
      say(
        event('member.joined', { actor: CARLA, target: member(CARLA), after: { roles: [{ id: '1', name: 'Buyer' }] } }),
      ),
    ).toBe('Carla Clerk joined (Buyer)');
    expect(say(event('invitation.accepted', { actor: CARLA }))).toBe(
      'Carla Clerk accepted the invitation for bob@example.com',
    );
  });

  it('describes roles by the areas they open', () => {
    const orders = { name: 'Buyer', permissions: ['orders.read'] };
    const both = { name: 'Buyer', permissions: ['orders.read', 'invoices.read'] };
    expect(say(event('role.created', { target: role('Buyer'), after: orders }))).toBe(
      'Anna Admin created the role Buyer (Orders)',
    );
    expect(say(event('role.updated', { target: role('Buyer'), before: orders, after: both }))).toBe(
      'Anna Admin changed the role Buyer from Orders to Orders, Invoices',
    );
    expect(
      say(
        event('role.updated', { target: role('Purchasing'), before: orders, after: { ...orders, name: 'Purchasing' } }),
      ),
    ).toBe('Anna Admin renamed the role Buyer to Purchasing');
    expect(
      say(
        event('role.updated', { target: role('Purchasing'), before: orders, after: { ...both, name: 'Purchasing' } }),
        'de',
      ),
    ).toBe(
      'Anna Admin hat die Rolle Buyer in Purchasing umbenannt und von Bestellungen auf Bestellungen, Rechnungen geändert',
    );
    expect(say(event('role.deleted', { target: role('Buyer'), before: orders }))).toBe(
      'Anna Admin deleted the role Buyer',
    );
  });

  it('describes access requests with the message as a quote, and security events', () => {
    const request = describeActivity(
      event('access.requested', { actor: CARLA, target: member(CARLA), after: { message: 'Invoices, please.' } }),
      { t: testT(), language: 'en', people: new Map() },
    );
    expect(sentenceText(request.parts)).toBe('Carla Clerk asked the admins for access');
    expect(request.quote).toBe('Invoices, please.');

    const login = { actor: CARLA, target: member(CARLA), ip: '10.1.2.3' };
    expect(say(event('login.succeeded', { ...login, after: { knownDevice: true } }))).toBe('Carla Clerk logged in');
    expect(say(event('login.succeeded', { ...login, after: { knownDevice: false } }), 'de')).toBe(
      'Carla Clerk hat sich von einem neuen Gerät angemeldet',
    );
    expect(say(event('login.failed', login), 'en', peopleIn([event('login.failed', login)]))).toBe(
      'Failed login for Carla Clerk',
    );
    expect(say(event('session.reuse_revoked', login))).toBe(
      'A reused sign-in of carla@example.com was detected; all sessions of that login were ended',
    );
    expect(isSecurityEvent('login.failed')).toBe(true);
    expect(isSecurityEvent('session.reuse_revoked')).toBe(true);
    expect(isSecurityEvent('member.removed')).toBe(false);
  });

  it('says who changed the customer’s default language of invitations, naming languages in the UI’s words', () => {
    const changed = event('customer.settings_changed', {
      target: { type: 'customer', id: ROLE, label: 'Acme Devices GmbH' },
      before: { language: 'en' },
      after: { language: 'de' },
    });
    expect(say(changed)).toBe('Anna Admin changed the default language of invitations from English to German');
    expect(say(changed, 'de')).toBe(
      'Anna Admin hat die Standardsprache für Einladungen von Englisch auf Deutsch geändert',
    );
    expect(activityLink(changed, '100042')).toBeUndefined();
  });

  it('says who exported which table', () => {
    const exported = (table: string) =>
      event('customer.exported', {
        target: { type: 'customer', id: ROLE, label: 'Acme Devices GmbH' },
        after: { table, sort: '-joined' },
      });
    expect(say(exported('members'))).toBe('Anna Admin exported the members as a CSV file');
    expect(say(exported('invitations'), 'de')).toBe('Anna Admin hat die Einladungen als CSV-Datei exportiert');
    expect(activityLink(exported('members'), '100042')).toBeUndefined();
  });

  it('offers the actor, the target and a known inviter as filters', () => {
    const { parts } = describeActivity(
      event('invitation.revoked', { actor: null, after: { reason: 'inviter_left', inviterId: ANNA.id } }),
      { t: testT(), language: 'en', people: new Map([[ANNA.id, ANNA.name]]) },
    );
    expect(parts).toEqual([
      { kind: 'name', text: 'CloudHub' },
      { kind: 'text', text: ' revoked the invitation for ' },
      { kind: 'target', text: 'bob@example.com', id: INVITATION },
      { kind: 'text', text: ' because ' },
      { kind: 'actor', text: 'Anna Admin', userId: ANNA.id },
      { kind: 'text', text: ' left the customer' },
    ]);
  });
});

describe('the link of an entry', () => {
  it('leads to the member, the invitation (revoked ones among the revoked) or the roles', () => {
    expect(activityLink(event('invitation.created'), '100042')?.to).toBe(
      `/c/100042/users?tab=invitations&invitation=${INVITATION}`,
    );
    expect(activityLink(event('invitation.revoked', { after: { reason: 'deleted' } }), '100042')?.to).toBe(
      '/c/100042/users?tab=invitations&status=revoked&q=bob%40example.com',
    );
    expect(activityLink(event('invitation.accepted', { actor: BERT }), '100042')).toEqual({
      shows: 'member',
      name: 'bob@example.com',
      to: `/c/100042/users?user=${BERT.id}`,
    });
    expect(activityLink(event('member.roles_changed', { target: member(CARLA) }), '100042')?.to).toBe(
      `/c/100042/users?user=${CARLA.id}`,
    );
    expect(activityLink(event('role.updated', { target: role('Buyer') }), '100042')?.to).toBe('/c/100042/roles');
  });

  it('is missing where there is nothing left to see', () => {
    expect(activityLink(event('member.removed', { target: member(CARLA) }), '100042')).toBeUndefined();
    expect(activityLink(event('role.deleted', { target: role('Buyer') }), '100042')).toBeUndefined();
    expect(
      activityLink(event('invitation.created', { target: { type: 'invitation', id: INVITATION, label: null } }), '1'),
    ).toBeUndefined();
  });
});
