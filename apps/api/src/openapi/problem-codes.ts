import { AuthProblemCode } from '../auth/auth.errors';
import { CommonFieldErrorCode, CommonProblemCode } from '../common/common.errors';
import type { FieldErrorCode, FieldErrorCodes, ProblemCode, ProblemCodes } from '../common/problem';
import { EventsProblemCode } from '../events/events.errors';
import { InvitationsFieldErrorCode, InvitationsProblemCode } from '../invitations/invitations.errors';
import { JoiningFieldErrorCode, JoiningProblemCode } from '../joining/joining.errors';
import { MembersProblemCode } from '../members/members.errors';
import { OnboardingProblemCode } from '../onboarding/onboarding.errors';
import { RolesFieldErrorCode, RolesProblemCode } from '../roles/roles.errors';
import { TenantsFieldErrorCode, TenantsProblemCode } from '../tenants/tenants.errors';

/**
 * Every module's problem codes, as its `<module>.errors.ts` declares them. `satisfies` makes a module that
 * adds codes to `ProblemCodes` but is missing here a compile error; the OpenAPI document lists them all as
 * the one `ProblemCode` enum.
 */
export const PROBLEM_CODES_BY_MODULE = {
  common: CommonProblemCode,
  auth: AuthProblemCode,
  events: EventsProblemCode,
  invitations: InvitationsProblemCode,
  joining: JoiningProblemCode,
  members: MembersProblemCode,
  onboarding: OnboardingProblemCode,
  roles: RolesProblemCode,
  tenants: TenantsProblemCode,
} satisfies { readonly [Module in keyof ProblemCodes]: Readonly<Record<string, ProblemCodes[Module]>> };

/** Every module's field error codes, listed like {@link PROBLEM_CODES_BY_MODULE}. */
export const FIELD_ERROR_CODES_BY_MODULE = {
  common: CommonFieldErrorCode,
  invitations: InvitationsFieldErrorCode,
  joining: JoiningFieldErrorCode,
  roles: RolesFieldErrorCode,
  tenants: TenantsFieldErrorCode,
} satisfies { readonly [Module in keyof FieldErrorCodes]: Readonly<Record<string, FieldErrorCodes[Module]>> };

/** The `ProblemCode` enum of the OpenAPI document. */
export const PROBLEM_CODES: readonly ProblemCode[] = Object.values(PROBLEM_CODES_BY_MODULE).flatMap(
  (codes): ProblemCode[] => Object.values<ProblemCode>(codes),
);

/** The `FieldErrorCode` enum of the OpenAPI document. */
export const FIELD_ERROR_CODES: readonly FieldErrorCode[] = Object.values(FIELD_ERROR_CODES_BY_MODULE).flatMap(
  (codes): FieldErrorCode[] => Object.values<FieldErrorCode>(codes),
);
