/** The names of a row's roles, or a muted word when it has none. */
export function RoleNames({ roles, none }: { roles: readonly { name: string }[]; none: string }) {
  return roles.length > 0 ? roles.map((role) => role.name).join(', ') : <span className="muted">{none}</span>;
}
