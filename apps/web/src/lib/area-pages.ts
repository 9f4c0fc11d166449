import {
  AREAS,
  CONTENT_AREAS,
  areasFor,
  type AreaDefinition,
  type AreaKey,
  type ContentArea,
} from '@cloudhub/permissions';

// Every area of the catalogue has a page: the five demo areas and User Management (admins only).
const AREAS_WITH_PAGES: ReadonlySet<AreaKey> = new Set<AreaKey>([...CONTENT_AREAS, 'users']);

/** The areas that these permissions open and that have a page, in catalogue order. */
export function usableAreas(permissions: Iterable<string>): AreaDefinition[] {
  return areasFor(permissions).filter((area) => AREAS_WITH_PAGES.has(area.key));
}

export function areaDefinition(area: ContentArea): AreaDefinition {
  const definition = AREAS.find((candidate) => candidate.key === area);
  if (!definition) throw new Error(`The permission catalogue has no area "${area}"`);
  return definition;
}

export function mayUseArea(permissions: readonly string[], area: ContentArea): boolean {
  return permissions.includes(areaDefinition(area).permission);
}
