/**
 * SQL fragments over a membership row aliased `m`, shared by every query that shows a member's rights,
 * so "what a membership grants" is written once and always read fresh from the roles.
 */
export const PERMISSIONS_OF_MEMBERSHIP = `
  COALESCE((SELECT array_agg(DISTINCT permission ORDER BY permission)
              FROM membership_roles mr
              JOIN roles r ON r.id = mr.role_id
              CROSS JOIN LATERAL unnest(r.permissions) AS permission
             WHERE mr.tenant_id = m.tenant_id AND mr.user_id = m.user_id), '{}')`;

export const ROLES_OF_MEMBERSHIP = `
  COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name) ORDER BY lower(r.name))
              FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
             WHERE mr.tenant_id = m.tenant_id AND mr.user_id = m.user_id), '[]')`;
