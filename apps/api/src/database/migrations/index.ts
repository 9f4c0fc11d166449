import { InitialSchema1764057600000 } from './1764057600000-initial-schema';
import { AuditEvents1764144000000 } from './1764144000000-audit-events';
import { Invitations1764230400000 } from './1764230400000-invitations';
import { LiveEvents1764403200000 } from './1764403200000-live-events';
import { RateLimitCounters1764489600000 } from './1764489600000-rate-limit-counters';
import { SigningKeys1764576000000 } from './1764576000000-signing-keys';
import { InviterAuthorityAndAudit1764662400000 } from './1764662400000-inviter-authority-and-audit';
import { LoginGuard1764748800000 } from './1764748800000-login-guard';
import { InvitationsTable1764835200000 } from './1764835200000-invitations-table';
import { MembersTable1764838800000 } from './1764838800000-members-table';

/** Every migration in order; listed explicitly so the bundle and the tests need no file globbing. */
export const MIGRATIONS = [
  InitialSchema1764057600000,
  AuditEvents1764144000000,
  Invitations1764230400000,
  LiveEvents1764403200000,
  RateLimitCounters1764489600000,
  SigningKeys1764576000000,
  InviterAuthorityAndAudit1764662400000,
  LoginGuard1764748800000,
  InvitationsTable1764835200000,
  MembersTable1764838800000,
];
