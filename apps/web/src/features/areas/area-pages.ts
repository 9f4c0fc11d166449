import {
  AREAS,
  CONTENT_AREAS,
  areasFor,
  type AreaDefinition,
  type AreaKey,
  type ContentArea,
} from '@cloudhub/permissions';

// User Management has no page yet; it joins this set when it gets one.
const AREAS_WITH_PAGES: ReadonlySet<AreaKey> = new Set<AreaKey>(CONTENT_AREAS);

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
