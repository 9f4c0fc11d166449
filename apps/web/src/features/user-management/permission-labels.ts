import { AREAS, type AreaDefinition, type Language, type Permission } from '@cloudhub/permissions';

/** The catalogue entries these permissions open, in catalogue order (the order of the role editor). */
export function grantedAreas(permissions: readonly string[]): AreaDefinition[] {
  return AREAS.filter((area) => permissions.includes(area.permission));
}

/** "Orders, Invoices": what a role or member may use, as the areas' names in the UI language. */
export function areaLabels(permissions: readonly string[], language: Language): string[] {
  return grantedAreas(permissions).map((area) => area.label[language]);
}

/** True when both lists grant the same permissions, whatever their order. */
export function samePermissions(a: readonly Permission[], b: readonly Permission[]): boolean {
  return a.length === b.length && a.every((permission) => b.includes(permission));
}
