import { describe, expect, it } from 'vitest';
import { testT } from '../../../../test-support/i18n';
import type { Invitation } from '../../api/list-invitations';
import { revocationText } from './revocation-text';

const ANNA = { id: 'a0000000-0000-4000-8000-000000000001', name: 'Anna A', email: 'anna@example.com' };
const BERT = { id: 'b0000000-0000-4000-8000-000000000002', name: 'Bert B', email: 'bert@example.com' };

function revoked(change: Partial<Invitation>): Invitation {
  return {
    id: 'd0000000-0000-4000-8000-000000000004',
    email: 'bob@example.com',
    roles: [],
    invitedBy: ANNA,
    language: 'en',
    sentAt: '2026-12-01T10:00:00.000Z',
    expiresAt: '2026-12-02T10:00:00.000Z',
    createdAt: '2026-12-01T10:00:00.000Z',
    status: 'revoked',
    delivery: 'sent',
    deliveryError: null,
    sendCount: 1,
    renewalRequestedAt: null,
    revokedAt: '2026-12-01T11:00:00.000Z',
    revokedBy: null,
    revokeReason: 'inviter_removed',
    ...change,
  };
}

describe('revocationText', () => {
  it('names the admin who deleted it', () => {
    expect(revocationText(revoked({ revokeReason: 'deleted', revokedBy: BERT }), testT())).toBe('Deleted by Bert B');
    expect(revocationText(revoked({ revokeReason: 'deleted', revokedBy: BERT }), testT('de'))).toBe(
      'Gelöscht von Bert B',
    );
  });

  it('says why CloudHub revoked it on its own', () => {
    expect(revocationText(revoked({ revokeReason: 'inviter_removed' }), testT())).toBe(
      'Revoked automatically: Anna A was removed',
    );
    expect(revocationText(revoked({ revokeReason: 'inviter_left' }), testT())).toBe(
      'Revoked automatically: Anna A left',
    );
    expect(revocationText(revoked({ revokeReason: 'inviter_lost_rights' }), testT())).toBe(
      'Revoked automatically: Anna A no longer manages users',
    );
    expect(revocationText(revoked({ revokeReason: 'inviter_lost_rights' }), testT('de'))).toBe(
      'Automatisch widerrufen: Anna A verwaltet keine Benutzer mehr',
    );
  });

  it('copes with accounts that no longer exist', () => {
    expect(revocationText(revoked({ revokeReason: 'inviter_left', invitedBy: null }), testT())).toBe(
      'Revoked automatically: the inviter left',
    );
    expect(revocationText(revoked({ revokeReason: 'deleted', revokedBy: null }), testT())).toBe(
      'Deleted by an admin whose account no longer exists',
    );
  });
});
